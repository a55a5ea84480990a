package io.alchemy.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A foreign key as the database describes it.
 *
 * @param name the constraint name, or {@code null}
 * @param columns the referencing columns
 * @param referredSchema the referenced table's schema, or {@code null} when it is the default schema
 * @param referredTable the referenced table
 * @param referredColumns the referenced columns, one per referencing column
 * @param ondelete the ON DELETE action ({@code CASCADE}, …), or {@code null} for the default
 * @param onupdate the ON UPDATE action, or {@code null} for the default
 */
public record ReflectedForeignKey(@Nullable String name, List<String> columns, @Nullable String referredSchema,
        String referredTable, List<String> referredColumns, @Nullable String ondelete, @Nullable String onupdate) {
    public ReflectedForeignKey {
        columns = List.copyOf(columns);
        referredColumns = List.copyOf(referredColumns);
    }
}
