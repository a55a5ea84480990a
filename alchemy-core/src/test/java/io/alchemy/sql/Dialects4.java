package io.alchemy.sql;

import io.alchemy.dialect.Dialect;
import io.alchemy.dialect.generic.GenericDialect;
import io.alchemy.dialect.h2.H2Dialect;
import io.alchemy.dialect.mysql.MariaDBDialect;
import io.alchemy.dialect.mysql.MySQLDialect;
import io.alchemy.dialect.postgresql.PostgreSQLDialect;
import io.alchemy.dialect.sqlite.SQLiteDialect;

/** The dialects compile assertions use, and short helpers to compile for them. */
final class Dialects4 {
    static final Dialect DEFAULT = GenericDialect.INSTANCE;
    static final Dialect SQLITE = new SQLiteDialect();
    static final Dialect POSTGRESQL = new PostgreSQLDialect();
    static final Dialect MYSQL = new MySQLDialect();
    static final Dialect MARIADB = new MariaDBDialect();
    static final Dialect H2 = new H2Dialect();

    private Dialects4() {
    }

    static String sql(Executable statement, Dialect dialect) {
        return statement.compile(dialect).sql();
    }

    /** A column expression compiled on its own for a dialect. */
    static String sql(ColumnElement<?> expression, Dialect dialect) {
        return dialect.statementCompiler(CompileOptions.DEFAULT).display(expression);
    }
}
