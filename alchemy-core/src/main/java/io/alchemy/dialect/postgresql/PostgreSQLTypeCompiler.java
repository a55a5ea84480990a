package io.alchemy.dialect.postgresql;

import io.alchemy.dialect.TypeCompiler;
import io.alchemy.types.DateTimeType;
import io.alchemy.types.FloatType;
import io.alchemy.types.LargeBinaryType;
import io.alchemy.types.TimeType;
import io.alchemy.types.UuidType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** PostgreSQL's types, as SQLAlchemy spells them: TIMESTAMP WITHOUT TIME ZONE, BYTEA, UUID, JSON. */
public class PostgreSQLTypeCompiler extends TypeCompiler {

    @Override
    public void bindJson(PreparedStatement statement, int index, String json) throws SQLException {
        if (json == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, json, Types.OTHER);
        }
    }

    @Override
    public String visitFloat(FloatType type) {
        return type.kind() == FloatType.Kind.FLOAT ? "FLOAT" : "DOUBLE PRECISION";
    }

    @Override
    public String visitTime(TimeType type) {
        return "TIME WITHOUT TIME ZONE";
    }

    @Override
    public String visitDateTime(DateTimeType<?> type) {
        return type.timezone() ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP WITHOUT TIME ZONE";
    }

    @Override
    public String visitUuid(UuidType type) {
        return "UUID";
    }

    @Override
    public String visitLargeBinary(LargeBinaryType type) {
        return "BYTEA";
    }
}
