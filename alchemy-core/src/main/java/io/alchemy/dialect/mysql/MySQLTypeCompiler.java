package io.alchemy.dialect.mysql;

import io.alchemy.dialect.TypeCompiler;
import io.alchemy.types.BooleanType;
import io.alchemy.types.DateTimeType;
import io.alchemy.types.EnumType;
import io.alchemy.types.TimeType;
import java.util.stream.Collectors;

/**
 * MySQL / MariaDB types. VARCHAR needs a length there, so a VARCHAR without one is VARCHAR(255); DATETIME and TIME
 * carry microseconds ({@code (6)}) so values round-trip; aware timestamps are stored in UTC; enums are native.
 */
public class MySQLTypeCompiler extends TypeCompiler {
    /** The length given to a VARCHAR declared without one. */
    public static final int DEFAULT_VARCHAR_LENGTH = 255;

    @Override
    public boolean nativeEnum() {
        return true;
    }

    @Override
    protected String varchar(Integer length) {
        return "VARCHAR(" + (length == null ? DEFAULT_VARCHAR_LENGTH : length) + ")";
    }

    @Override
    public String visitBoolean(BooleanType type) {
        return "BOOL";
    }

    @Override
    public String visitTime(TimeType type) {
        return "TIME(6)";
    }

    @Override
    public String visitDateTime(DateTimeType<?> type) {
        return "DATETIME(6)";
    }

    @Override
    public String visitEnum(EnumType<?> type) {
        return type.names().stream().map(name -> "'" + name + "'").collect(Collectors.joining(",", "ENUM(", ")"));
    }

    @Override
    protected boolean jsonIndexAsPath() {
        return true;
    }
}
