package io.alchemy.dialect.h2;

import io.alchemy.dialect.TypeCompiler;
import io.alchemy.types.DateTimeType;
import io.alchemy.types.FloatType;
import io.alchemy.types.JsonType;
import io.alchemy.types.NumericType;
import io.alchemy.types.StringType;
import io.alchemy.types.TimeType;
import io.alchemy.types.UuidType;

/** H2's types: TIMESTAMP, native UUID, TIME(6) for microseconds, DECFLOAT for NUMERIC, JSON as text in a CLOB. */
public class H2TypeCompiler extends TypeCompiler {

    @Override
    public String visitString(StringType type) {
        return type.kind() == StringType.Kind.TEXT ? "CLOB" : super.visitString(type);
    }

    /** H2's NUMERIC without precision has scale 0; DECFLOAT keeps any decimal as given. */
    @Override
    public String visitNumeric(NumericType type) {
        return type.precision() == null ? "DECFLOAT" : super.visitNumeric(type);
    }

    @Override
    public String visitFloat(FloatType type) {
        return type.kind() == FloatType.Kind.FLOAT ? "FLOAT" : "DOUBLE PRECISION";
    }

    @Override
    public String visitTime(TimeType type) {
        return "TIME(6)";
    }

    @Override
    public String visitDateTime(DateTimeType<?> type) {
        return type.timezone() ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP";
    }

    @Override
    public String visitUuid(UuidType type) {
        return "UUID";
    }

    @Override
    public String visitJson(JsonType type) {
        return "CLOB";
    }
}
