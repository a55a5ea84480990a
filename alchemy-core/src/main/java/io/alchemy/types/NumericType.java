package io.alchemy.types;

import io.alchemy.exc.ArgumentError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * NUMERIC / DECIMAL with an optional precision and scale, read as {@link BigDecimal}. Binds BigDecimal, integral
 * numbers and finite doubles (through their shortest decimal form). When the scale is known, values read back
 * carry it ({@code 1.1} from SQLite's REAL storage reads as {@code 1.10} for {@code NUMERIC(10, 2)}).
 */
public final class NumericType extends SqlType<BigDecimal> {
    static final NumericType UNCONSTRAINED = new NumericType(null, null);

    private final Integer precision;
    private final Integer scale;

    NumericType(Integer precision, Integer scale) {
        if (precision != null && precision <= 0 || scale != null && (scale < 0 || precision != null && scale > precision)) {
            throw new ArgumentError("Invalid NUMERIC precision/scale: (" + precision + ", " + scale + ")");
        }
        if (scale != null && precision == null) {
            throw new ArgumentError("NUMERIC scale " + scale + " needs a precision");
        }
        this.precision = precision;
        this.scale = scale;
    }

    /** Total digits, or {@code null}. */
    public @Nullable Integer precision() {
        return precision;
    }

    /** Digits after the decimal point, or {@code null}. */
    public @Nullable Integer scale() {
        return scale;
    }

    @Override
    public Class<BigDecimal> javaType() {
        return BigDecimal.class;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            dialect.bindDecimal(statement, index, toDecimal(value));
        }
    }

    private BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw Binding.doesNotFit(this, value, "not a finite number");
            }
            return value instanceof Float f ? new BigDecimal(f.toString()) : BigDecimal.valueOf(d);
        }
        throw Binding.wrongType(this, value);
    }

    @Override
    public BigDecimal read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        BigDecimal value = resultSet.getBigDecimal(index);
        if (value == null || scale == null) {
            return value;
        }
        return value.setScale(scale, RoundingMode.HALF_EVEN);
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitNumeric(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumericType other && Objects.equals(other.precision, precision) && Objects.equals(other.scale, scale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(precision, scale);
    }

    @Override
    public String toString() {
        if (precision == null) {
            return "NUMERIC";
        }
        return scale == null ? "NUMERIC(" + precision + ")" : "NUMERIC(" + precision + ", " + scale + ")";
    }
}
