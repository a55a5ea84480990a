package io.alchemy.dialect.postgresql;

import io.alchemy.schema.Computed;
import org.jspecify.annotations.Nullable;
import java.util.regex.Pattern;
import java.util.Locale;
import io.alchemy.exc.CompileError;
import io.alchemy.dialect.IdentifierPreparer;
import io.alchemy.schema.DropIndex;
import io.alchemy.schema.Index;
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

    private static final Pattern INDEX_METHOD = Pattern.compile("^\\w+$");

    private static @Nullable PostgreSQLIndexOptions options(Index index) {
        return index.dialectOptions(PostgreSQLIndexOptions.class);
    }

    @Override
    protected String indexKeyword(Index index) {
        PostgreSQLIndexOptions options = options(index);
        return super.indexKeyword(index) + (options != null && options.isConcurrently() ? "CONCURRENTLY " : "");
    }

    /** {@code USING method}, lower case; a phrase other than one word is refused, as SQLAlchemy does. */
    @Override
    protected String indexMethod(Index index, Dialect dialect) {
        PostgreSQLIndexOptions options = options(index);
        if (options == null || options.using() == null) {
            return "";
        }
        if (!INDEX_METHOD.matcher(options.using()).matches()) {
            throw new CompileError("Unexpected SQL phrase: '" + options.using() + "'");
        }
        return " USING " + options.using().toLowerCase(Locale.ROOT);
    }

    @Override
    protected String indexColumn(Index index, Column<?> column, Dialect dialect) {
        PostgreSQLIndexOptions options = options(index);
        String opclass = options == null ? null : options.operatorClasses().get(column.key());
        return super.indexColumn(index, column, dialect) + (opclass == null ? "" : " " + opclass);
    }

    /** {@code INCLUDE (…) NULLS [NOT] DISTINCT WITH (…) TABLESPACE … WHERE …}, in PostgreSQL's order. */
    @Override
    protected String indexSuffix(Index index, Dialect dialect) {
        PostgreSQLIndexOptions options = options(index);
        StringBuilder sql = new StringBuilder();
        if (options != null) {
            IdentifierPreparer preparer = dialect.identifierPreparer();
            if (!options.include().isEmpty()) {
                sql.append(" INCLUDE (").append(String.join(", ", options.include().stream()
                        .map(key -> preparer.formatColumn(index.table().c(key))).toList())).append(')');
            }
            if (options.nullsNotDistinct() != null) {
                sql.append(options.nullsNotDistinct() ? " NULLS NOT DISTINCT" : " NULLS DISTINCT");
            }
            if (!options.storageParameters().isEmpty()) {
                sql.append(" WITH (").append(String.join(", ", options.storageParameters().entrySet().stream()
                        .map(e -> e.getKey() + " = " + e.getValue()).toList())).append(')');
            }
            if (options.tablespace() != null) {
                sql.append(" TABLESPACE ").append(preparer.quote(options.tablespace()));
            }
        }
        return sql + super.indexSuffix(index, dialect);
    }

    @Override
    protected boolean partialIndexes() {
        return true;
    }

    /** {@code DROP INDEX CONCURRENTLY} for an index created so. */
    @Override
    public String visitDropIndex(DropIndex drop, Dialect dialect) {
        PostgreSQLIndexOptions options = options(drop.index());
        if (options == null || !options.isConcurrently()) {
            return super.visitDropIndex(drop, dialect);
        }
        return "\nDROP INDEX CONCURRENTLY " + (drop.isIfExists() ? "IF EXISTS " : "")
                + dialect.identifierPreparer().formatTable(drop.index().table().schema(), drop.index().name());
    }

    /** Generated columns are always STORED here: an unset kind is STORED, VIRTUAL is refused. */
    @Override
    protected String computedClause(Computed computed, Dialect dialect) {
        if (Boolean.FALSE.equals(computed.persisted())) {
            throw new CompileError("PostrgreSQL computed columns do not support 'virtual' persistence; "
                    + "set the 'persisted' flag to None or True for PostgreSQL support.");
        }
        return "GENERATED ALWAYS AS (" + computed.sqlText() + ") STORED";
    }
}
