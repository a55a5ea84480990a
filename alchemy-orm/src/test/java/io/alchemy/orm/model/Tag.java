package io.alchemy.orm.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A natural (application-given) string primary key, a Java-side insert default, an onupdate and a server default. */
@Mapped
public class Tag {
    /** The insert default of {@link #label}. */
    public static final class Unnamed implements Supplier<String> {
        @Override
        public String get() {
            return "unnamed";
        }
    }

    /** Counts the updates stamped by {@link #touched}. */
    public static final class Clock implements Supplier<LocalDateTime> {
        static int ticks;

        @Override
        public LocalDateTime get() {
            ticks++;
            return LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(ticks);
        }
    }

    @MappedColumn(primaryKey = true, length = 20) String code;
    @MappedColumn(insertDefault = Unnamed.class) String label;
    @MappedColumn(serverDefault = "7") @Nullable Integer weight;
    @MappedColumn(onupdate = Clock.class) @Nullable LocalDateTime touched;

    protected Tag() {
    }

    public Tag(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Integer getWeight() {
        return weight;
    }

    public LocalDateTime getTouched() {
        return touched;
    }
}
