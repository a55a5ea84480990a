package io.alchemy.testing;

import io.alchemy.dialect.Dialect;
import io.alchemy.dialect.generic.GenericDialect;
import io.alchemy.dialect.h2.H2Dialect;
import io.alchemy.dialect.mysql.MariaDBDialect;
import io.alchemy.dialect.mysql.MySQLDialect;
import io.alchemy.dialect.postgresql.PostgreSQLDialect;
import io.alchemy.dialect.sqlite.SQLiteDialect;

/** The dialects compile assertions ({@link AssertCompile}) use, without a database. */
public final class TestDialects {
    /** The display dialect: what {@code toString()} prints, SQLAlchemy's default dialect. */
    public static final Dialect DEFAULT = GenericDialect.INSTANCE;
    public static final Dialect SQLITE = new SQLiteDialect();
    public static final Dialect POSTGRESQL = new PostgreSQLDialect();
    public static final Dialect MYSQL = new MySQLDialect();
    public static final Dialect MARIADB = new MariaDBDialect();
    public static final Dialect H2 = new H2Dialect();

    private TestDialects() {
    }
}
