package io.alchemy.orm.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import java.util.UUID;
import java.util.function.Supplier;

/** A UUID primary key that {@code insertDefault} computes on INSERT. */
@Mapped(table = "ticket")
public class Ticket {
    @MappedColumn(primaryKey = true, insertDefault = RandomUuid.class) UUID id;
    @MappedColumn String title;

    protected Ticket() {
    }

    public Ticket(String title) {
        this.title = title;
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** A random UUID for each new ticket. */
    public static final class RandomUuid implements Supplier<UUID> {
        @Override
        public UUID get() {
            return UUID.randomUUID();
        }
    }
}
