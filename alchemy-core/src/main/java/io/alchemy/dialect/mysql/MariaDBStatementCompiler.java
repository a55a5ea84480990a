package io.alchemy.dialect.mysql;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.ForUpdate;
import java.util.List;
import io.alchemy.sql.compiler.InsertSentinelSupport;
import io.alchemy.types.JsonType;
import io.alchemy.types.SqlType;

/**
 * MariaDB: MySQL's SQL plus RETURNING on INSERT and DELETE (see {@link MariaDBDialect}'s capabilities). A multi-row INSERT
 * assigns AUTO_INCREMENT values in row order, so insertmanyvalues batches sort by them.
 */
public class MariaDBStatementCompiler extends MySQLStatementCompiler {

    public MariaDBStatementCompiler(Dialect dialect, CompileOptions options) {
        super(dialect, options);
    }

    /**
     * MariaDB spells a shared lock {@code LOCK IN SHARE MODE} and has no {@code FOR UPDATE OF}: the rows of every
     * table are locked, as SQLAlchemy's MariaDB dialect writes it.
     */
    @Override
    protected String forUpdateClause(ForUpdate forUpdate) {
        if (!forUpdate.read()) {
            return super.forUpdateClause(new ForUpdate(false, forUpdate.nowait(), forUpdate.skipLocked(), List.of()));
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
}
