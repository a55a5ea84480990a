package io.alchemy.spring.boot.autoconfigure.schema;

import io.alchemy.types.BooleanType;
import io.alchemy.types.DateTimeType;
import io.alchemy.types.DateType;
import io.alchemy.types.EnumType;
import io.alchemy.types.FloatType;
import io.alchemy.types.IntegerType;
import io.alchemy.types.JsonType;
import io.alchemy.types.LargeBinaryType;
import io.alchemy.types.NumericType;
import io.alchemy.types.SqlType;
import io.alchemy.types.StringType;
import io.alchemy.types.TimeType;
import io.alchemy.types.TypeDecorator;
import io.alchemy.types.TypeVisitor;
import io.alchemy.types.UuidType;

/**
 * The coarse kind of a column type, for comparing a mapped type with what reflection finds: databases spell the same
 * type differently (INT4, INTEGER; TEXT, VARCHAR), so validation only reports a mismatch between families. Types that
 * some databases store natively and others emulate (enums, UUIDs, JSON) and types reflection could not name are
 * {@link #OTHER}, compatible with anything.
 */
enum TypeFamily {
    TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, TIME, TIMESTAMP, BINARY, OTHER;

    static TypeFamily of(SqlType<?> type) {
        return type.accept(new Classifier());
    }

    /** Whether a column of this (mapped) family may be stored in a column of the {@code stored} family. */
    boolean fits(TypeFamily stored) {
        return this == stored || this == OTHER || stored == OTHER
                || (this == BOOLEAN && stored == INTEGER)   // MySQL's BOOLEAN is TINYINT(1)
                || (this == INTEGER && stored == DECIMAL);  // NUMERIC(10, 0) and the like
    }

    private static final class Classifier implements TypeVisitor<TypeFamily> {
        @Override
        public TypeFamily visitInteger(IntegerType<?> type) {
            return INTEGER;
        }

        @Override
        public TypeFamily visitString(StringType type) {
            return TEXT;
        }

        @Override
        public TypeFamily visitBoolean(BooleanType type) {
            return BOOLEAN;
        }

        @Override
        public TypeFamily visitNumeric(NumericType type) {
            return DECIMAL;
        }

        @Override
        public TypeFamily visitFloat(FloatType type) {
            return DECIMAL;
        }

        @Override
        public TypeFamily visitDate(DateType type) {
            return DATE;
        }

        @Override
        public TypeFamily visitTime(TimeType type) {
            return TIME;
        }

        @Override
        public TypeFamily visitDateTime(DateTimeType<?> type) {
            return TIMESTAMP;
        }

        @Override
        public TypeFamily visitUuid(UuidType type) {
            return OTHER;
        }

        @Override
        public TypeFamily visitJson(JsonType type) {
            return OTHER;
        }

        @Override
        public TypeFamily visitLargeBinary(LargeBinaryType type) {
            return BINARY;
        }

        @Override
        public TypeFamily visitEnum(EnumType<?> type) {
            return OTHER;
        }

        @Override
        public TypeFamily visitDecorator(TypeDecorator<?, ?> type) {
            return type.impl().accept(this);
        }

        @Override
        public TypeFamily visitOther(SqlType<?> type) {
            return OTHER;
        }
    }
}
