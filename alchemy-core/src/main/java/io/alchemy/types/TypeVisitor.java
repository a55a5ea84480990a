package io.alchemy.types;

/**
 * One method per type family, for double dispatch on {@link SqlType#accept}: the dialect type compilers implement
 * it to render DDL. A new family adds a method here (with a default when it can fall back to another family).
 *
 * @param <R> what a visit produces
 */
public interface TypeVisitor<R> {

    R visitInteger(IntegerType<?> type);

    R visitString(StringType type);

    R visitBoolean(BooleanType type);

    R visitNumeric(NumericType type);

    R visitFloat(FloatType type);

    R visitDate(DateType type);

    R visitTime(TimeType type);

    R visitDateTime(DateTimeType<?> type);

    R visitUuid(UuidType type);

    R visitJson(JsonType type);

    R visitLargeBinary(LargeBinaryType type);

    R visitEnum(EnumType<?> type);

    /** A type known only by its SQL name, as reflection finds it; defaults to {@link #visitOther}. */
    default R visitRaw(RawType type) {
        return visitOther(type);
    }

    /** A user type: by default, treated as the type it is implemented with. */
    default R visitDecorator(TypeDecorator<?, ?> type) {
        return type.impl().accept(this);
    }

    /** Any other type, including {@link NullType}. */
    R visitOther(SqlType<?> type);
}
