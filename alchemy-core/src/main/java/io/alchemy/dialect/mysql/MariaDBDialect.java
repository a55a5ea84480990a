package io.alchemy.dialect.mysql;

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
    public StatementCompiler statementCompiler(CompileOptions options) {
        return new MariaDBStatementCompiler(this, options);
    }
}
