package io.alchemy.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The integer family: SMALLINT ({@code Short}), INTEGER ({@code Integer}) and BIGINT ({@code Long}). Any integral
 * Java number that fits the type's range binds; anything else is an {@link io.alchemy.exc.ArgumentError}.
 *
 * @param <T> {@code Short}, {@code Integer} or {@code Long}
 */
public final class IntegerType<T extends Number> extends SqlType<T> {

    /** The width of an integer type. */
    public enum Size {
        SMALLINT(Short.MIN_VALUE, Short.MAX_VALUE, Types.SMALLINT),
        INTEGER(Integer.MIN_VALUE, Integer.MAX_VALUE, Types.INTEGER),
        BIGINT(Long.MIN_VALUE, Long.MAX_VALUE, Types.BIGINT);

        private final long min;
        private final long max;
        private final int jdbcType;

        Size(long min, long max, int jdbcType) {
            this.min = min;
            this.max = max;
            this.jdbcType = jdbcType;
        }
    }

    static final IntegerType<Short> SMALLINT = new IntegerType<>(Size.SMALLINT, Short.class);
    static final IntegerType<Integer> INTEGER = new IntegerType<>(Size.INTEGER, Integer.class);
    static final IntegerType<Long> BIGINT = new IntegerType<>(Size.BIGINT, Long.class);

    private final Size size;
    private final Class<T> javaType;

    private IntegerType(Size size, Class<T> javaType) {
        this.size = size;
        this.javaType = javaType;
    }

    /** SMALLINT, INTEGER or BIGINT. */
    public Size size() {
        return size;
    }

    @Override
    public Class<T> javaType() {
        return javaType;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        if (value == null) {
            statement.setNull(index, size.jdbcType);
            return;
        }
        long number = toLong(value);
        if (size == Size.BIGINT) {
            statement.setLong(index, number);
        } else {
            statement.setInt(index, (int) number);
        }
    }

    private long toLong(Object value) {
        long number;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof AtomicInteger || value instanceof AtomicLong) {
            number = ((Number) value).longValue();
        } else if (value instanceof BigInteger big) {
            if (big.bitLength() > 63) {
                throw Binding.doesNotFit(this, value, "out of range");
            }
            number = big.longValue();
        } else if (value instanceof BigDecimal decimal) {
            try {
                number = decimal.longValueExact();
            } catch (ArithmeticException e) {
                throw Binding.doesNotFit(this, value, "not a whole number in range");
            }
        } else {
            throw Binding.wrongType(this, value);
        }
        if (number < size.min || number > size.max) {
            throw Binding.doesNotFit(this, value, "out of range [" + size.min + ", " + size.max + "]");
        }
        return number;
    }

    @Override
    public T read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        long number = resultSet.getLong(index);
        if (resultSet.wasNull()) {
            return null;
        }
        if (number < size.min || number > size.max) {
            throw new SQLDataException("value " + number + " of result column " + index + " is out of range for "
                    + size + " [" + size.min + ", " + size.max + "]; read it as a wider type (BIGINT)", "22003");
        }
        Object boxed = switch (size) {
            case SMALLINT -> (short) number;
            case INTEGER -> (int) number;
            case BIGINT -> number;
        };
        return javaType.cast(boxed);
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitInteger(this);
    }

    @Override
    public String toString() {
        return size.name();
    }
}
