package io.alchemy.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A primary key as the database describes it.
 *
 * @param name the constraint name, or {@code null} when unnamed or unknown
 * @param columns the column names in key order; empty when the table has no primary key
 */
public record ReflectedPrimaryKey(@Nullable String name, List<String> columns) {
    public ReflectedPrimaryKey {
        columns = List.copyOf(columns);
    }
}
