package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A database sequence (CREATE SEQUENCE), created by {@code createAll} before the tables on databases that have
 * sequences (PostgreSQL, H2, MariaDB). A column using one gets {@code DEFAULT nextval(...)} there; elsewhere it is
 * an ordinary autoincrement column. Immutable.
 */
public final class Sequence {
    private final String name;
    private final @Nullable String schema;
    private final @Nullable Long start;
    private final @Nullable Long increment;

    public Sequence(String name, @Nullable String schema, @Nullable Long start, @Nullable Long increment) {
        if (name == null || name.isBlank()) {
            throw new ArgumentError("A sequence needs a name");
        }
        if (increment != null && increment == 0) {
            throw new ArgumentError("Sequence '" + name + "' cannot increment by 0");
        }
        this.name = name;
        this.schema = schema;
        this.start = start;
        this.increment = increment;
    }

    /** A sequence with the database's default start and increment. */
    public static Sequence of(String name) {
        return new Sequence(name, null, null, null);
    }

    /** The same sequence starting at {@code value}. */
    public Sequence start(long value) {
        return new Sequence(name, schema, value, increment);
    }

    /** The same sequence stepping by {@code value}. */
    public Sequence increment(long value) {
        return new Sequence(name, schema, start, value);
    }

    /** The same sequence in another schema. */
    public Sequence schema(String schemaName) {
        return new Sequence(name, schemaName, start, increment);
    }

    public String name() {
        return name;
    }

    /** The schema, or {@code null} for the default one. */
    public @Nullable String schema() {
        return schema;
    }

    /** START WITH, or {@code null}. */
    public @Nullable Long start() {
        return start;
    }

    /** INCREMENT BY, or {@code null}. */
    public @Nullable Long increment() {
        return increment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sequence other && other.name.equals(name) && Objects.equals(other.schema, schema)
                && Objects.equals(other.start, start) && Objects.equals(other.increment, increment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, schema, start, increment);
    }

    @Override
    public String toString() {
        return "Sequence('" + name + "')";
    }
}
