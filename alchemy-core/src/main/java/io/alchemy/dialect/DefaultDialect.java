package io.alchemy.dialect;

/**
 * Base for dialects: builds each part once through a factory method a dialect overrides, and answers the
 * capability flags with the common case. Subclasses override only what differs.
 */
public abstract class DefaultDialect implements Dialect {
    private final IdentifierPreparer identifierPreparer = createIdentifierPreparer();
    private final TypeCompiler typeCompiler = createTypeCompiler();
    private final DdlCompiler ddlCompiler = createDdlCompiler();
    private final SchemaReflector reflector = createReflector();
    private final ErrorClassifier errorClassifier = createErrorClassifier();

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
    public int maxBindParameters() {
        return 32_766;
    }

    @Override
    public String toString() {
        return name();
    }
}
