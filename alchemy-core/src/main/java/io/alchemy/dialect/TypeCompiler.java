package io.alchemy.dialect;

import io.alchemy.exc.CompileError;
import io.alchemy.types.BooleanType;
import io.alchemy.types.DateTimeType;
import io.alchemy.types.DateType;
import io.alchemy.types.EnumType;
import io.alchemy.types.FloatType;
import io.alchemy.types.IntegerType;
import io.alchemy.types.JsonType;
import io.alchemy.types.LargeBinaryType;
import io.alchemy.types.NumericType;
import io.alchemy.types.RawType;
import io.alchemy.types.SqlType;
import io.alchemy.types.StringType;
import io.alchemy.types.TimeType;
import io.alchemy.types.TypeVisitor;
import io.alchemy.types.UuidType;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Renders SQL types for DDL and CAST ({@link #process}), with SQLAlchemy's generic spellings; and answers how the
 * dialect stores the values it has no native type for, which the types consult when binding and reading. Dialects
 * override the visits that differ.
 */
public class TypeCompiler implements TypeVisitor<String> {

    /** The DDL spelling of a type: {@code INTEGER}, {@code VARCHAR(30)}, {@code NUMERIC(10, 2)}. */
    public final String process(SqlType<?> type) {
        return type.accept(this);
    }

    /** Binds a JSON document's text ({@code null}: SQL NULL); PostgreSQL overrides this to let the server type it. */
    public void bindJson(PreparedStatement statement, int index, String json) throws SQLException {
        if (json == null) {
            statement.setNull(index, java.sql.Types.VARCHAR);
        } else {
            statement.setString(index, json);
        }
    }

    /**
     * Binds the index of a JSON element ({@code json.get("key")}): as a JSON path ({@code $."key"}, {@code $[0]})
     * where the database extracts by path ({@link #jsonIndexAsPath()}), else the key or position as it is.
     */
    public void bindJsonIndex(PreparedStatement statement, int index, Object key) throws SQLException {
        if (jsonIndexAsPath()) {
            statement.setString(index, jsonPath(key));
        } else if (key instanceof String text) {
            statement.setString(index, text);
        } else {
            statement.setInt(index, ((Number) key).intValue());
        }
    }

    /** Whether JSON elements are extracted by a path string ({@code JSON_EXTRACT(doc, '$."key"')}). */
    protected boolean jsonIndexAsPath() {
        return false;
    }

    /** SQLAlchemy's path of one key or position: {@code $."key"} (quotes and backslashes escaped), {@code $[0]}. */
    static String jsonPath(Object key) {
        if (key instanceof String text) {
            return "$.\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return "$[" + key + "]";
    }

    /** Whether enums render natively (MySQL's {@code ENUM(...)}); otherwise the DDL adds a CHECK constraint. */
    public boolean nativeEnum() {
        return false;
    }

    @Override
    public String visitInteger(IntegerType<?> type) {
        return type.size().name();
    }

    @Override
    public String visitString(StringType type) {
        return switch (type.kind()) {
            case TEXT -> "TEXT";
            case CHAR -> type.length() == null ? "CHAR" : "CHAR(" + type.length() + ")";
            case VARCHAR -> varchar(type.length());
        };
    }

    /** VARCHAR with the given length, or without one ({@code null}). */
    protected String varchar(Integer length) {
        return length == null ? "VARCHAR" : "VARCHAR(" + length + ")";
    }

    @Override
    public String visitBoolean(BooleanType type) {
        return "BOOLEAN";
    }

    @Override
    public String visitNumeric(NumericType type) {
        if (type.precision() == null) {
            return "NUMERIC";
        }
        return type.scale() == null ? "NUMERIC(" + type.precision() + ")"
                : "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
    }

    @Override
    public String visitFloat(FloatType type) {
        return type.kind() == FloatType.Kind.FLOAT ? "FLOAT" : "DOUBLE";
    }

    @Override
    public String visitDate(DateType type) {
        return "DATE";
    }

    @Override
    public String visitTime(TimeType type) {
        return "TIME";
    }

    @Override
    public String visitDateTime(DateTimeType<?> type) {
        return "DATETIME";
    }

    @Override
    public String visitUuid(UuidType type) {
        return "CHAR(32)";
    }

    @Override
    public String visitJson(JsonType type) {
        return "JSON";
    }

    @Override
    public String visitLargeBinary(LargeBinaryType type) {
        return "BLOB";
    }

    @Override
    public String visitEnum(EnumType<?> type) {
        return varchar(type.length());
    }

    @Override
    public String visitRaw(RawType type) {
        return type.sql();
    }

    @Override
    public String visitOther(SqlType<?> type) {
        throw new CompileError("Type " + type + " (" + type.getClass().getName() + ") has no DDL on dialect "
                + getClass().getSimpleName() + "; give the column a type");
    }
}
