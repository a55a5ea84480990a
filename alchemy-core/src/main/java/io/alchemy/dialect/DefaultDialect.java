package io.alchemy.dialect;

import io.alchemy.sql.UpsertClause;
import org.jspecify.annotations.Nullable;

/**
 * Base for dialects: builds each part once through a factory method a dialect overrides, and answers the
 * capability flags with the common case. Subclasses override only what differs.
 */
public abstract class DefaultDialect implements Dialect {
    private final String name;
    private final @Nullable String urlPrefix;
    private final @Nullable String productName;
    private final IdentifierPreparer identifierPreparer = createIdentifierPreparer();
    private final TypeCompiler typeCompiler = createTypeCompiler();
    private final DdlCompiler ddlCompiler = createDdlCompiler();
    private final SchemaReflector reflector = createReflector();
    private final ErrorClassifier errorClassifier = createErrorClassifier();

    /**
     * @param name the dialect's {@link #name()}
     * @param urlPrefix the JDBC URL prefix it accepts ({@code jdbc:sqlite:}), or {@code null} for none
     * @param productName the {@code DatabaseMetaData} product name it accepts, or {@code null} for none
     */
    protected DefaultDialect(String name, @Nullable String urlPrefix, @Nullable String productName) {
        this.name = name;
        this.urlPrefix = urlPrefix;
        this.productName = productName;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return urlPrefix != null && jdbcUrl.startsWith(urlPrefix);
    }

    @Override
    public boolean acceptsProduct(String databaseProductName) {
        return productName != null && productName.equalsIgnoreCase(databaseProductName);
    }

    protected IdentifierPreparer createIdentifierPreparer() {
        return new IdentifierPreparer();
    }

    protected TypeCompiler createTypeCompiler() {
        return new TypeCompiler();
    }

    protected DdlCompiler createDdlCompiler() {
        return new DdlCompiler();
    }

    protected SchemaReflector createReflector() {
        return new SchemaReflector();
    }

    protected ErrorClassifier createErrorClassifier() {
        return new ErrorClassifier();
    }

    @Override
    public final IdentifierPreparer identifierPreparer() {
        return identifierPreparer;
    }

    @Override
    public final TypeCompiler typeCompiler() {
        return typeCompiler;
    }

    @Override
    public final DdlCompiler ddlCompiler() {
        return ddlCompiler;
    }

    @Override
    public final SchemaReflector reflector() {
        return reflector;
    }

    @Override
    public final ErrorClassifier errorClassifier() {
        return errorClassifier;
    }

    @Override
    public boolean supportsReturning() {
        return true;
    }

    @Override
    public boolean supportsSavepoints() {
        return true;
    }

    @Override
    public boolean supportsNativeBoolean() {
        return true;
    }

    @Override
    public boolean supportsNativeUuid() {
        return false;
    }

    @Override
    public boolean supportsSequences() {
        return true;
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsAlterAddConstraint() {
        return true;
    }

    @Override
    public boolean supportsFullOuterJoin() {
        return true;
    }

    @Override
    public boolean supportsIntersectExceptAll() {
        return true;
    }

    @Override
    public boolean supportsUpsert(UpsertClause clause) {
        return false;
    }

    @Override
    public boolean supportsDistinctOn() {
        return true;
    }

    @Override
    public boolean supportsDataModifyingCte() {
        return false;
    }

    @Override
    public boolean supportsLateral() {
        return true;
    }

    @Override
    public boolean supportsJsonElementAccess() {
        return true;
    }

    @Override
    public boolean supportsAggregateFilter() {
        return true;
    }

    @Override
    public boolean supportsMultiTableUpdate() {
        return true;
    }

    @Override
    public boolean supportsMultiTableUpdateSet() {
        return false;
    }

    @Override
    public boolean supportsMultiTableDelete() {
        return true;
    }

    @Override
    public boolean supportsUpdateReturning() {
        return supportsReturning();
    }

    @Override
    public boolean supportsMultiTableReturning() {
        return true;
    }

    @Override
    public boolean supportsOrderedInsertReturning() {
        return true;
    }

    @Override
    public boolean supportsRowLocking() {
        return true;
    }

    @Override
    public boolean supportsSharedLockOptions() {
        return true;
    }

    @Override
    public boolean supportsTimezones() {
        return true;
    }

    @Override
    public boolean supportsNativeDateTime() {
        return true;
    }

    @Override
    public boolean supportsNativeDecimal() {
        return true;
    }

    @Override
    public boolean requiresNameNormalize() {
        return false;
    }

    @Override
    public int maxBindParameters() {
        return 32_766;
    }

    @Override
    public String toString() {
        return name();
    }
}
