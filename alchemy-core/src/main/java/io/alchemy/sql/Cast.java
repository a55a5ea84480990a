package io.alchemy.sql;

import io.alchemy.types.SqlType;

/**
 * {@code CAST(expression AS type)}, rendered with the dialect's type names. In a columns clause it keeps the name
 * of the column it converts ({@code CAST(user_account.id AS VARCHAR) AS id}).
 *
 * @param <T> the Java type of the converted values
 */
public final class Cast<T> extends TypeConversion<T> {

    Cast(ColumnElement<?> element, SqlType<T> type) {
        super(element, type, "cast");
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitCast(this);
    }
}
