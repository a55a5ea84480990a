package io.alchemy.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A UNIQUE constraint as the database describes it.
 *
 * @param name the constraint name, or {@code null} when unknown
 * @param columns the columns, in order
 */
public record ReflectedUniqueConstraint(@Nullable String name, List<String> columns) {
    public ReflectedUniqueConstraint {
        columns = List.copyOf(columns);
    }
}
