package io.alchemy.sql;

import java.util.List;

/**
 * One execution of a compiled statement: the final JDBC SQL (expanding {@code IN} lists spelled out as one
 * {@code ?} each) and one value per {@code ?}, in order, each with the type that binds it.
 *
 * @param sql the SQL to prepare
 * @param parameters one slot per {@code ?}, every one with its value
 */
public record BoundStatement(String sql, List<BindSlot> parameters) {

    public BoundStatement {
        parameters = List.copyOf(parameters);
    }

    /** The values alone, in order. */
    public List<Object> values() {
        return parameters.stream().map(BindSlot::value).toList();
    }
}
