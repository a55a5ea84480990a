package io.alchemy.dialect.mysql;

import org.jspecify.annotations.Nullable;
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

    /** MariaDB's PCRE has no flags argument: they lead the pattern, {@code CONCAT('(?', flags, ')', pattern)}. */
    @Override
    protected String regexpMatch(String left, String pattern, @Nullable String flags, boolean negated) {
        return left + (negated ? " NOT REGEXP " : " REGEXP ") + flagged(pattern, flags);
    }

    /** {@code REGEXP_REPLACE(x, pattern, replacement)}, the flags leading the pattern. */
    @Override
    protected String regexpReplace(String element, String pattern, String replacement, @Nullable String flags) {
        return "REGEXP_REPLACE(" + element + ", " + flagged(pattern, flags) + ", " + replacement + ")";
    }

    private String flagged(String pattern, @Nullable String flags) {
        return flags == null ? pattern : "CONCAT('(?', " + literalRenderer().render(flags) + ", ')', " + pattern + ")";
    }
}
