package io.alchemy.dialect.h2;

import io.alchemy.dialect.DdlCompiler;
import io.alchemy.dialect.DefaultDialect;
import io.alchemy.dialect.ErrorClassifier;
import io.alchemy.dialect.IdentifierPreparer;
import io.alchemy.dialect.SchemaReflector;
import io.alchemy.dialect.TypeCompiler;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.UpsertClause;
import io.alchemy.sql.compiler.StatementCompiler;

/** H2 (2.x), embedded or in memory. */
public class H2Dialect extends DefaultDialect {

    /** H2's default MAX_IDENTIFIER_LENGTH. */
    @Override
    public int maxIdentifierLength() {
        return 256;
    }

    /** The dialect, as ServiceLoader creates it. */
    public H2Dialect() {
        super("h2", "jdbc:h2:", "H2");
    }

    @Override
    protected IdentifierPreparer createIdentifierPreparer() {
        return new H2IdentifierPreparer();
    }

    @Override
    protected TypeCompiler createTypeCompiler() {
        return new H2TypeCompiler();
    }

    @Override
    protected DdlCompiler createDdlCompiler() {
        return new H2DdlCompiler();
    }

    @Override
    protected SchemaReflector createReflector() {
        return new H2Reflector();
    }

    @Override
    protected ErrorClassifier createErrorClassifier() {
        return new H2ErrorClassifier();
    }

    /** RETURNING as a SELECT from the statement's data change delta table ({@code FINAL TABLE}, {@code OLD TABLE}). */
    @Override
    public boolean supportsReturning() {
        return true;
    }

    @Override
    public boolean supportsNativeUuid() {
        return true;
    }

    @Override
    public int maxBindParameters() {
        return 100_000;
    }

    @Override
    public boolean supportsFullOuterJoin() {
        return false;
    }

    @Override
    public boolean supportsIntersectExceptAll() {
        return false;
    }

    /** {@code MERGE INTO … KEY (…)}, and {@code INSERT … ON CONFLICT} written as a standard MERGE. */
    @Override
    public boolean supportsUpsert(UpsertClause clause) {
        return clause instanceof UpsertClause.MergeKey || clause instanceof UpsertClause.OnConflict;
    }

    @Override
    public boolean supportsLateral() {
        return false;
    }

    @Override
    public boolean supportsJsonElementAccess() {
        return false;
    }

    @Override
    public boolean supportsMultiTableUpdate() {
        return false;
    }

    @Override
    public boolean supportsMultiTableDelete() {
        return false;
    }

    /** H2 folds unquoted names to upper case. */
    @Override
    public boolean requiresNameNormalize() {
        return true;
    }

    @Override
    public StatementCompiler statementCompiler(CompileOptions options) {
        return new H2StatementCompiler(this, options);
    }

    @Override
    public boolean generatedKeysByColumnName() {
        return true;
    }
}
