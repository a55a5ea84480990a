package io.alchemy.dialect.postgresql;

import io.alchemy.dialect.DdlCompiler;
import io.alchemy.dialect.Dialect;
import io.alchemy.schema.Column;
import io.alchemy.schema.Sequence;
import io.alchemy.types.IntegerType;

/**
 * PostgreSQL's DDL as SQLAlchemy 2 emits it: the autoincrement column is SERIAL / BIGSERIAL / SMALLSERIAL; a
 * sequence default is {@code nextval('name')}; comments with COMMENT ON.
 */
public class PostgreSQLDdlCompiler extends DdlCompiler {

    @Override
    protected String columnType(Column<?> column, Dialect dialect) {
        if (generatesKey(column, dialect) && column.type() instanceof IntegerType<?> integer) {
            return switch (integer.size()) {
                case SMALLINT -> "SMALLSERIAL";
                case INTEGER -> "SERIAL";
                case BIGINT -> "BIGSERIAL";
            };
        }
        return super.columnType(column, dialect);
    }

    @Override
    protected String nextValue(Sequence sequence, Dialect dialect) {
        return "nextval(" + dialect.identifierPreparer().literal(formatSequence(sequence, dialect)) + ")";
    }
}
