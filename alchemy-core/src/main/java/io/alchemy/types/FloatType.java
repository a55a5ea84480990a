package io.alchemy.types;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Binary floating point, read as {@code Double}: FLOAT (single precision on MySQL/MariaDB, double elsewhere) and
 * DOUBLE. Binds doubles, floats and integral numbers a double represents exactly.
 */
public final class FloatType extends SqlType<Double> {

    /** FLOAT or DOUBLE. */
    public enum Kind { FLOAT, DOUBLE }

    static final FloatType FLOAT = new FloatType(Kind.FLOAT);
    static final FloatType DOUBLE = new FloatType(Kind.DOUBLE);
    private static final long EXACT_LIMIT = 1L << 53;

    private final Kind kind;

    private FloatType(Kind kind) {
        this.kind = kind;
    }

    /** FLOAT or DOUBLE. */
    public Kind kind() {
        return kind;
    }

    @Override
    public Class<Double> javaType() {
        return Double.class;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, toDouble(value));
        }
    }

    private double toDouble(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Float f) {
            return Double.parseDouble(f.toString());
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Long l) {
            if (Math.abs(l) > EXACT_LIMIT) {
                throw Binding.doesNotFit(this, value, "a double cannot hold it exactly");
            }
            return l;
        }
        if (value instanceof BigDecimal decimal) {
            double d = decimal.doubleValue();
            if (Double.isInfinite(d) || new BigDecimal(d).compareTo(decimal) != 0) {
                throw Binding.doesNotFit(this, value, "a double cannot hold it exactly");
            }
            return d;
        }
        throw Binding.wrongType(this, value);
    }

    @Override
    public Double read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        double value = resultSet.getDouble(index);
        return resultSet.wasNull() ? null : value;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitFloat(this);
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
