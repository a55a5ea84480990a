package io.alchemy.dialect.mysql;

import io.alchemy.dialect.DdlCompiler;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.compiler.StatementCompiler;

/** MariaDB (10.5 and later): MySQL's dialect plus INSERT/DELETE … RETURNING and sequences. */
public class MariaDBDialect extends MySQLDialect {
    /** The dialect, as ServiceLoader creates it. */
    public MariaDBDialect() {
        super("mariadb", "jdbc:mariadb:", "MariaDB");
    }

    /** INSERT … RETURNING and DELETE … RETURNING only; there is no UPDATE … RETURNING. */
    @Override
    public boolean supportsReturning() {
        return true;
    }

    @Override
    public boolean supportsSequences() {
        return true;
    }

    @Override
    public boolean supportsUpdateReturning() {
        return false;
    }

    /** MariaDB's RETURNING is for single-table statements only. */
    @Override
    public boolean supportsMultiTableReturning() {
        return false;
    }

    /** MariaDB has {@code OFFSET … ROWS FETCH FIRST … ROWS ONLY | WITH TIES} since 10.6 (MySQL has not). */
    @Override
    public boolean supportsFetchFirst() {
        return true;
    }

    @Override
    public boolean supportsLateral() {
        return false;
    }

    /** MariaDB spells a shared lock {@code LOCK IN SHARE MODE}, without options. */
    @Override
    public boolean supportsSharedLockOptions() {
        return false;
    }

    @Override
    public StatementCompiler statementCompiler(CompileOptions options) {
        return new MariaDBStatementCompiler(this, options);
    }

    /** MariaDB drops a CHECK constraint with {@code DROP CONSTRAINT}. */
    @Override
    protected DdlCompiler createDdlCompiler() {
        return new MariaDBDdlCompiler();
    }
}
