package io.alchemy.sql;

import io.alchemy.types.SqlType;

/**
 * A SQL expression that produces a value of Java type {@code T}: a column, a bound parameter, a function call, an
 * operator expression. The SQL Expression Language builds on this class; {@link io.alchemy.schema.Column} is one.
 *
 * @param <T> the Java type of the expression's values
 */
public abstract class ColumnElement<T> {

    /** The SQL type of this expression's values. */
    public abstract SqlType<T> type();
}
