package io.alchemy.dialect;

import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.compiler.StatementCompiler;

/**
 * What Alchemy knows about one kind of database: a small factory of the parts that differ per database
 * (identifier quoting, type DDL, DDL, reflection, error classification) plus capability flags. Dialects are found
 * through {@link java.util.ServiceLoader} (see {@link Dialects}); implementations are stateless and shared.
 */
public interface Dialect {

    /** Short name: {@code sqlite}, {@code h2}, {@code postgresql}, {@code mysql} or {@code mariadb}. */
    String name();

    /** Whether this dialect handles a JDBC URL ({@code jdbc:sqlite:…}). */
    boolean acceptsUrl(String jdbcUrl);

    /** Whether this dialect handles a database reported by {@link java.sql.DatabaseMetaData#getDatabaseProductName()}. */
    boolean acceptsProduct(String databaseProductName);

    /** Quotes identifiers where they need it. */
    IdentifierPreparer identifierPreparer();

    /** Renders SQL types in DDL and CAST. */
    TypeCompiler typeCompiler();

    /**
     * A new compiler for one SELECT / INSERT / UPDATE / DELETE compilation (compilers hold per-compilation state;
     * dialects return their subclass, which overrides the hooks where their SQL differs).
     */
    default StatementCompiler statementCompiler(CompileOptions options) {
        return new StatementCompiler(this, options);
    }

    /** Renders CREATE / DROP statements. */
    DdlCompiler ddlCompiler();

    /** Reads tables, columns, keys and indexes from a live database. */
    SchemaReflector reflector();

    /** Turns a driver's {@link java.sql.SQLException} into the right {@link io.alchemy.exc.DBAPIError} subclass. */
    ErrorClassifier errorClassifier();

    /** INSERT/UPDATE/DELETE … RETURNING. */
    boolean supportsReturning();

    /** SAVEPOINT / RELEASE / ROLLBACK TO. */
    boolean supportsSavepoints();

    /** A real BOOLEAN column type (SQLite and MySQL store booleans as integers). */
    boolean supportsNativeBoolean();

    /** A real UUID column type (otherwise UUIDs are stored as 36-character strings). */
    boolean supportsNativeUuid();

    /** CREATE SEQUENCE / nextval. */
    boolean supportsSequences();

    /** Whether DDL takes part in transactions (it does not on MySQL/MariaDB, where it commits implicitly). */
    boolean supportsTransactionalDdl();

    /** Whether ALTER TABLE can add a foreign key constraint after the table exists (SQLite cannot). */
    boolean supportsAlterAddConstraint();

    /** The most bind parameters one statement may carry (SQLite's limit is 32,766; PostgreSQL's 65,535). */
    int maxBindParameters();

    /**
     * Whether the driver returns generated keys for the columns named in {@code prepareStatement(sql, names)}
     * (PostgreSQL, H2); otherwise Alchemy asks for {@code RETURN_GENERATED_KEYS} and the driver picks the column.
     */
    default boolean generatedKeysByColumnName() {
        return false;
    }

    /**
     * {@code sql}, which has no parameter placeholders yet, with every literal {@code ?} (in {@code text()}, a
     * literal column or a custom operator) written so that the driver does not take it for a placeholder:
     * PostgreSQL's {@code ??}. Elsewhere unchanged: a {@code ?} inside a quoted string is never a placeholder, and
     * those databases have no {@code ?} operator.
     */
    default String escapeQuestionMarks(String sql) {
        return sql;
    }
}
