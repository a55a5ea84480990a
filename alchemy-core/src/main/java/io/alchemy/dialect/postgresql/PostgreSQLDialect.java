package io.alchemy.dialect.postgresql;

import io.alchemy.dialect.BindValueChecks;
import io.alchemy.dialect.DdlCompiler;
import io.alchemy.dialect.DefaultDialect;
import io.alchemy.dialect.ErrorClassifier;
import io.alchemy.dialect.IdentifierPreparer;
import io.alchemy.dialect.SchemaReflector;
import io.alchemy.dialect.TypeCompiler;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.UpsertClause;
import io.alchemy.sql.compiler.StatementCompiler;

/** PostgreSQL through the pgjdbc driver. */
public class PostgreSQLDialect extends DefaultDialect {

    /** Refuses decimals beyond NUMERIC's range: the driver would store them as 0. */
    @Override
    public void checkBindValue(Object value) throws java.sql.SQLException {
        BindValueChecks.checkPostgresNumeric(value);
        super.checkBindValue(value);
    }

    /** The dialect, as ServiceLoader creates it. */
    public PostgreSQLDialect() {
        super("postgresql", "jdbc:postgresql:", "PostgreSQL");
    }

    @Override
    protected IdentifierPreparer createIdentifierPreparer() {
        return new PostgreSQLIdentifierPreparer();
    }

    @Override
    protected TypeCompiler createTypeCompiler() {
        return new PostgreSQLTypeCompiler();
    }

    @Override
    protected DdlCompiler createDdlCompiler() {
        return new PostgreSQLDdlCompiler();
    }

    @Override
    protected SchemaReflector createReflector() {
        return new PostgreSQLReflector();
    }

    @Override
    protected ErrorClassifier createErrorClassifier() {
        return new PostgreSQLErrorClassifier();
    }

    /** NULL sorts above every value: last in ascending order, first in descending. */
    @Override
    public boolean sortsNullsHigh() {
        return true;
    }

    /** The wire protocol counts parameters in 16 bits: longer IN lists are bound as arrays ({@code = ANY (?)}). */
    @Override
    public boolean bindsLongInListsAsArrays() {
        return true;
    }

    /** NAMEDATALEN - 1: PostgreSQL truncates longer names (with a NOTICE nobody sees). */
    @Override
    public int maxIdentifierLength() {
        return 63;
    }

    /** PostgreSQL counts an identifier's bytes (UTF-8), not its characters. */
    @Override
    public int identifierLength(String name) {
        return name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** A failed statement aborts the transaction: later statements fail, and its COMMIT rolls back. */
    @Override
    public boolean abortsTransactionOnError() {
        return true;
    }

    @Override
    public boolean supportsNativeUuid() {
        return true;
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    /** {@code INSERT … ON CONFLICT}. */
    @Override
    public boolean supportsUpsert(UpsertClause clause) {
        return clause instanceof UpsertClause.OnConflict;
    }

    /** INSERT, UPDATE and DELETE … RETURNING run inside WITH. */
    @Override
    public boolean supportsDataModifyingCte() {
        return true;
    }

    @Override
    public StatementCompiler statementCompiler(CompileOptions options) {
        return new PostgreSQLStatementCompiler(this, options);
    }

    @Override
    public boolean generatedKeysByColumnName() {
        return true;
    }

    /** The jsonb operators {@code ?}, {@code ?|}, {@code ?&} as the driver's {@code ??} escape. */
    @Override
    public String escapeQuestionMarks(String sql) {
        return QuestionMarkEscaper.escape(sql);
    }
}
