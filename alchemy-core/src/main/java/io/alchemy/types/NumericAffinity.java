package io.alchemy.types;

import org.jspecify.annotations.Nullable;

/**
 * The numeric family a type belongs to, for the decisions of the arithmetic operators (SQLAlchemy's
 * {@code _type_affinity}): {@link #INTEGER} for the integer types, {@link #NUMERIC} for exact and binary fractional
 * types ({@code NUMERIC}, {@code FLOAT}, {@code DOUBLE}), {@link #OTHER} for the rest. A {@link TypeDecorator} has
 * the family of the type it stores through.
 */
public enum NumericAffinity {
    /** SMALLINT, INTEGER, BIGINT. */
    INTEGER,
    /** NUMERIC, FLOAT, DOUBLE. */
    NUMERIC,
    /** Any other type, or none. */
    OTHER;

    /** The family of {@code type}; {@link #OTHER} for {@code null}. */
    public static NumericAffinity of(@Nullable SqlType<?> type) {
        SqlType<?> stored = storageType(type);
        if (stored instanceof IntegerType<?>) {
            return INTEGER;
        }
        if (stored instanceof NumericType || stored instanceof FloatType) {
            return NUMERIC;
        }
        return OTHER;
    }

    /** The type values are stored as: a {@link TypeDecorator}'s implementation type, any other type itself. */
    public static @Nullable SqlType<?> storageType(@Nullable SqlType<?> type) {
        SqlType<?> current = type;
        while (current instanceof TypeDecorator<?, ?> decorator) {
            current = decorator.impl();
        }
        return current;
    }
}
