package io.alchemy.dialect.sqlite;

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

/** SQLite through the xerial sqlite-jdbc driver. Its SQL matches what SQLAlchemy emits on SQLite. */
public class SQLiteDialect extends DefaultDialect {

    /** SQLite would store NaN as NULL, and dates beyond year 9999 as text it cannot read back. */
    /**
     * The SQLite driver sends a {@code BigDecimal} as text, and text never equals a number computed by an expression
     * ({@code a / (b + 0.0) = '3.5'} is false). A decimal a double holds exactly is bound as a number; any other
     * stays text, which a NUMERIC column still stores without loss.
     */
    @Override
    public void bindDecimal(java.sql.PreparedStatement statement, int index, java.math.BigDecimal value)
            throws java.sql.SQLException {
        double approximation = value.doubleValue();
        if (Double.isFinite(approximation) && java.math.BigDecimal.valueOf(approximation).compareTo(value) == 0) {
            statement.setDouble(index, approximation);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    @Override
    public void checkBindValue(Object value) throws java.sql.SQLException {
        BindValueChecks.checkFinite(value, "SQLite", false);
        BindValueChecks.checkFourDigitYear(value);
        super.checkBindValue(value);
    }

    /** The dialect, as ServiceLoader creates it. */
    public SQLiteDialect() {
        super("sqlite", "jdbc:sqlite:", "SQLite");
    }

    @Override
    protected IdentifierPreparer createIdentifierPreparer() {
        return new SQLiteIdentifierPreparer();
    }

    @Override
    protected TypeCompiler createTypeCompiler() {
        return new SQLiteTypeCompiler();
    }

    @Override
    protected DdlCompiler createDdlCompiler() {
        return new SQLiteDdlCompiler();
    }

    @Override
    protected SchemaReflector createReflector() {
        return new SQLiteReflector();
    }

    @Override
    protected ErrorClassifier createErrorClassifier() {
        return new SQLiteErrorClassifier();
    }

    @Override
    public boolean supportsNativeBoolean() {
        return false;
    }

    @Override
    public boolean supportsSequences() {
        return false;
    }

    @Override
    public boolean supportsAlterAddConstraint() {
        return false;
    }

    @Override
    public boolean supportsIntersectExceptAll() {
        return false;
    }

    @Override
    public boolean supportsDistinctOn() {
        return false;
    }

    @Override
    public boolean supportsFetchFirst() {
        return false;
    }

    @Override
    public boolean supportsLateral() {
        return false;
    }

    /** {@code ON CONFLICT}, without {@code ON CONSTRAINT}. */
    @Override
    public boolean supportsUpsert(UpsertClause clause) {
        return clause instanceof UpsertClause.OnConflict onConflict && onConflict.constraint() == null;
    }

    @Override
    public boolean supportsMultiTableDelete() {
        return false;
    }

    /** SQLite returns the rows of a multi-row INSERT … RETURNING in no particular order. */
    @Override
    public boolean supportsOrderedInsertReturning() {
        return false;
    }

    /** No row locks: FOR UPDATE is left out. */
    @Override
    public boolean supportsRowLocking() {
        return false;
    }

    /** Dates and times are ISO 8601 text. */
    @Override
    public boolean supportsNativeDateTime() {
        return false;
    }

    /** NUMERIC is stored as REAL. */
    @Override
    public boolean supportsNativeDecimal() {
        return false;
    }

    /** Aware timestamps are stored in UTC. */
    @Override
    public boolean supportsTimezones() {
        return false;
    }

    @Override
    public StatementCompiler statementCompiler(CompileOptions options) {
        return new SQLiteStatementCompiler(this, options);
    }
}
