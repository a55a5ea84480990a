package io.alchemy.dialect.mysql;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.ForUpdate;
import io.alchemy.sql.StatementKind;
import io.alchemy.sql.compiler.InsertSentinelSupport;
import io.alchemy.types.JsonType;
import io.alchemy.types.SqlType;

/**
 * MariaDB: MySQL's SQL plus RETURNING on INSERT and DELETE (not on UPDATE), and no LATERAL. A multi-row INSERT
 * assigns AUTO_INCREMENT values in row order, so insertmanyvalues batches sort by them.
 */
public class MariaDBStatementCompiler extends MySQLStatementCompiler {

    public MariaDBStatementCompiler(Dialect dialect, CompileOptions options) {
        super(dialect, options);
    }

    @Override
    protected void checkReturning(StatementKind kind) {
        if (kind == StatementKind.UPDATE) {
            throw unsupported("UPDATE … RETURNING");
        }
    }

    /** MariaDB's RETURNING is for single-table statements only. */
    @Override
    protected void checkMultiTableReturning(StatementKind kind) {
        throw unsupported("RETURNING in a " + kind + " with other tables in its criteria");
    }

    /** MariaDB spells a shared lock {@code LOCK IN SHARE MODE}. */
    @Override
    protected String forUpdateClause(ForUpdate forUpdate) {
        if (!forUpdate.read()) {
            return super.forUpdateClause(forUpdate);
        }
        if (!forUpdate.of().isEmpty() || forUpdate.nowait() || forUpdate.skipLocked()) {
            throw unsupported("LOCK IN SHARE MODE with OF, NOWAIT or SKIP LOCKED");
        }
        return " LOCK IN SHARE MODE";
    }

    /** MariaDB's JSON is LONGTEXT and has no CAST to it: the CAST is left out, as SQLAlchemy does. */
    @Override
    protected String castType(SqlType<?> type) {
        return type instanceof JsonType ? null : super.castType(type);
    }

    @Override
    protected InsertSentinelSupport insertSentinelSupport() {
        return InsertSentinelSupport.AUTOINCREMENT;
    }

    @Override
    protected String lateral() {
        throw unsupported("LATERAL");
    }
}
