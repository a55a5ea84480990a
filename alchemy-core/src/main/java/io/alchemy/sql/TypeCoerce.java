package io.alchemy.sql;

import io.alchemy.types.SqlType;

/**
 * An expression treated as another type on the Java side (how values bind and read) without any CAST in the SQL:
 * SQLAlchemy's {@code type_coerce}. The expression is rendered as it is.
 *
 * @param <T> the Java type the values are treated as
 */
public final class TypeCoerce<T> extends TypeConversion<T> {

    TypeCoerce(ColumnElement<?> element, SqlType<T> type) {
        super(element, type, "typeCoerce");
    }

    @Override
    public String anonymousLabelBase() {
        return element().anonymousLabelBase();
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitTypeCoerce(this);
    }
}
