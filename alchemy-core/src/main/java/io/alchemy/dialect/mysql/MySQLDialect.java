package io.alchemy.dialect.mysql;

import io.alchemy.dialect.BindValueChecks;
import io.alchemy.dialect.DdlCompiler;
import io.alchemy.dialect.DefaultDialect;
import io.alchemy.dialect.ErrorClassifier;
import io.alchemy.dialect.IdentifierPreparer;
import io.alchemy.dialect.SchemaReflector;
import io.alchemy.dialect.TypeCompiler;
import io.alchemy.exc.DBAPIError;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.UpsertClause;
import io.alchemy.sql.compiler.StatementCompiler;

/** MySQL; also the base of {@link MariaDBDialect}. */
public class MySQLDialect extends DefaultDialect {

    /** MySQL and MariaDB have no NaN or infinity: the driver would send them as the words, read as column names. */
    @Override
    public void checkBindValue(Object value) throws java.sql.SQLException {
        BindValueChecks.checkFinite(value, "MySQL and MariaDB", true);
        super.checkBindValue(value);
    }

    /** The dialect, as ServiceLoader creates it. */
    public MySQLDialect() {
        super("mysql", "jdbc:mysql:", "MySQL");
    }

    /** For MySQL-family dialects: their name, JDBC URL prefix and database product name. */
    protected MySQLDialect(String name, String urlPrefix, String productName) {
        super(name, urlPrefix, productName);
    }

    /** InnoDB's deadlock error: the server has rolled back the whole transaction, not only the statement. */
    private static final int ER_LOCK_DEADLOCK = 1213;

    /** A deadlock: InnoDB chose this transaction as its victim and rolled all of it back. */
    @Override
    public boolean abortsTransactionOn(RuntimeException error) {
        return error instanceof DBAPIError dbapi && dbapi.vendorCode() == ER_LOCK_DEADLOCK;
    }

    /** MySQL and MariaDB: 64 characters for tables, columns, indexes and constraints. */
    @Override
    public int maxIdentifierLength() {
        return 64;
    }

    @Override
    protected IdentifierPreparer createIdentifierPreparer() {
        return new MySQLIdentifierPreparer();
    }

    @Override
    protected TypeCompiler createTypeCompiler() {
        return new MySQLTypeCompiler();
    }

    @Override
    protected DdlCompiler createDdlCompiler() {
        return new MySQLDdlCompiler();
    }

    @Override
    protected SchemaReflector createReflector() {
        return new MySQLReflector();
    }

    @Override
    protected ErrorClassifier createErrorClassifier() {
        return new MySQLErrorClassifier();
    }

    /** MySQL has no RETURNING (MariaDB has it for INSERT and DELETE). */
    @Override
    public boolean supportsReturning() {
        return false;
    }

    @Override
    public boolean supportsNativeBoolean() {
        return false;
    }

    @Override
    public boolean supportsSequences() {
        return false;
    }

    /** DDL commits implicitly on MySQL and MariaDB. */
    @Override
    public boolean supportsTransactionalDdl() {
        return false;
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    @Override
    public boolean supportsFullOuterJoin() {
        return false;
    }

    /** {@code INSERT … ON DUPLICATE KEY UPDATE}. */
    @Override
    public boolean supportsUpsert(UpsertClause clause) {
        return clause instanceof UpsertClause.OnDuplicateKeyUpdate;
    }

    @Override
    public boolean supportsDistinctOn() {
        return false;
    }

    @Override
    public boolean supportsAggregateFilter() {
        return false;
    }

    /** The multi-table UPDATE sets columns of any of its tables. */
    @Override
    public boolean supportsMultiTableUpdateSet() {
        return true;
    }

    /** DATETIME keeps no offset: aware timestamps are stored in UTC. */
    @Override
    public boolean supportsTimezones() {
        return false;
    }

    @Override
    public StatementCompiler statementCompiler(CompileOptions options) {
        return new MySQLStatementCompiler(this, options);
    }

    /** MySQL and MariaDB have ROWS and RANGE window frames only. */
    @Override
    public boolean supportsGroupsFrame() {
        return false;
    }

    /** MySQL has no standard FETCH FIRST clause. */
    @Override
    public boolean supportsFetchFirst() {
        return false;
    }
}
