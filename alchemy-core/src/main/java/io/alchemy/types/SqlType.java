package io.alchemy.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A SQL type: what Java type its values have, how they are bound to a statement and read from a result, per
 * dialect. The dialect's type compiler renders its DDL. Types are immutable and safe to share.
 *
 * @param <T> the Java type of the values
 */
public abstract class SqlType<T> {

    /** The Java class of this type's values ({@code String} for VARCHAR, {@code LocalDate} for DATE, …). */
    public abstract Class<T> javaType();

    /**
     * Whether {@link #bind} takes {@code value} as a value of this type: an instance of {@link #javaType()}, or of
     * another Java type the type binds losslessly (an {@code Instant} for TIMESTAMP WITH TIME ZONE). A comparison
     * {@code column.eq(value)} binds the value with the column's type when this is true.
     */
    public boolean accepts(Object value) {
        return javaType().isInstance(value);
    }

    /**
     * Binds a value at a 1-based parameter index. {@code null} binds SQL NULL. Values of another Java type are
     * coerced where that is lossless, otherwise an {@link io.alchemy.exc.ArgumentError} names the problem.
     */
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        statement.setObject(index, value);
    }

    /** Reads the value at a 1-based column index as this type's Java type; SQL NULL reads as {@code null}. */
    public T read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        return resultSet.getObject(index, javaType());
    }

    /**
     * Double dispatch for the dialect's type compiler and anything else that must treat each type family
     * differently. Types without a family of their own go to {@link TypeVisitor#visitOther}.
     */
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitOther(this);
    }
}
