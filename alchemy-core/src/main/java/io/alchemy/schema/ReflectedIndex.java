package io.alchemy.schema;

import java.util.List;

/**
 * An index as the database describes it (not those that back the primary key or a constraint).
 *
 * @param name the index name
 * @param columns the indexed columns, in order
 * @param unique whether it is unique
 */
public record ReflectedIndex(String name, List<String> columns, boolean unique) {
    public ReflectedIndex {
        columns = List.copyOf(columns);
    }
}
