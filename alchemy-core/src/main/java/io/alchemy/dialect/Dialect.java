package io.alchemy.dialect;

import io.alchemy.schema.DdlElement;
import io.alchemy.schema.SchemaDialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.SqlCompiler;
import io.alchemy.sql.UpsertClause;
import io.alchemy.types.TypeContext;

/**
 * What Alchemy knows about one kind of database: a small factory of the parts that differ per database
 * (identifier quoting, type DDL, DDL, reflection, error classification) plus capability flags. Dialects are found
 * through {@link java.util.ServiceLoader} (see {@link Dialects}); implementations are stateless and shared.
 *
 * <p>Every capability of a database is a method here ({@code supportsXxx()} and the few value hooks below it), so
 * that this interface is the one place to read what a database can do. Compilers, the engine and the ORM ask these
 * methods; nothing outside the dialect packages compares a dialect's {@link #name()}.
 */
public interface Dialect extends SchemaDialect, TypeContext {

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
     * dialects return their {@code io.alchemy.sql.compiler.StatementCompiler} subclass, which overrides the hooks
     * where their SQL differs).
     */
    @Override
    SqlCompiler statementCompiler(CompileOptions options);

    /** Renders CREATE / DROP statements. */
    DdlCompiler ddlCompiler();

    /** Reads tables, columns, keys and indexes from a live database. */
    @Override
    SchemaReflector reflector();

    /** The SQL of a DDL statement, as the {@link #ddlCompiler()} renders it. */
    @Override
    default String renderDdl(DdlElement element) {
        return element.accept(ddlCompiler(), this);
    }

    /** Turns a driver's {@link java.sql.SQLException} into the right {@link io.alchemy.exc.DBAPIError} subclass. */
    ErrorClassifier errorClassifier();

    /** INSERT/UPDATE/DELETE … RETURNING. */
    boolean supportsReturning();

    /** SAVEPOINT / RELEASE / ROLLBACK TO. */
    boolean supportsSavepoints();

    /** A real BOOLEAN column type (SQLite and MySQL store booleans as integers). */
    @Override
    boolean supportsNativeBoolean();

    /** A real UUID column type (otherwise UUIDs are stored as 36-character strings). */
    @Override
    boolean supportsNativeUuid();

    /** Whether the database keeps a timestamp's offset; where it does not (SQLite, MySQL), aware values are stored in UTC. */
    @Override
    boolean supportsTimezones();

    /** CREATE SEQUENCE / nextval. */
    @Override
    boolean supportsSequences();

    /**
     * Whether NULL sorts above every other value in an ascending ORDER BY without NULLS FIRST/LAST (PostgreSQL: NULLs
     * come last ascending, first descending); {@code false} when it sorts below them (MySQL, MariaDB, SQLite, H2). A
     * layer that merges rows ordered by several databases (the ORM's cross-shard merge) orders them the same way.
     */
    default boolean sortsNullsHigh() {
        return false;
    }

    /**
     * Whether a failed statement aborts the whole transaction on the server (PostgreSQL: "current transaction is
     * aborted"), so that its COMMIT can commit nothing. Core then refuses such a commit instead of returning normally;
     * rolling back to a savepoint set before the failure clears the condition. {@code false} by default.
     */
    default boolean abortsTransactionOnError() {
        return false;
    }

    /**
     * Whether the server ended or aborted the whole transaction on {@code error}, a statement's error inside it: every
     * error when {@link #abortsTransactionOnError()}; otherwise none by default (MySQL and MariaDB: a deadlock, on which
     * InnoDB rolls back the whole transaction). Core then refuses the transaction's commit.
     */
    default boolean abortsTransactionOn(RuntimeException error) {
        return abortsTransactionOnError();
    }

    /**
     * The longest table, column, index, constraint or sequence name the database keeps as given (PostgreSQL 63 bytes,
     * MySQL/MariaDB 64 characters); 0 for no limit. DDL with a longer name raises {@link io.alchemy.exc.IdentifierError}
     * instead of letting the database truncate it (SQLAlchemy's {@code max_identifier_length}).
     */
    default int maxIdentifierLength() {
        return 0;
    }

    /** The length of {@code name} as the database counts it against {@link #maxIdentifierLength()}: characters. */
    default int identifierLength(String name) {
        return name.codePointCount(0, name.length());
    }

    /**
     * Refuses a parameter value the database or its driver would store as something else (silently): thrown as a
     * {@link java.sql.SQLException} with a SQLState of class 22, it becomes a {@link io.alchemy.exc.DataError} naming
     * the statement and its parameters. By default: a string with an unpaired UTF-16 surrogate (every driver would
     * send {@code ?} in its place). Dialects add their own limits (PostgreSQL's NUMERIC range, NaN where it cannot be
     * stored, SQLite's four-digit years).
     */
    default void checkBindValue(Object value) throws java.sql.SQLException {
        if (value instanceof String text) {
            BindValueChecks.checkSurrogates(text);
        }
    }

    /**
     * Whether an IN list may be bound as one array ({@code x = ANY (?)}, {@code x <> ALL (?)}); done only when the
     * spelled-out list would pass {@link #maxBindParameters()}. PostgreSQL; false by default.
     */
    default boolean bindsLongInListsAsArrays() {
        return false;
    }

    /** Whether DDL takes part in transactions (it does not on MySQL/MariaDB, where it commits implicitly). */
    boolean supportsTransactionalDdl();

    /** Whether ALTER TABLE can add a foreign key constraint after the table exists (SQLite cannot). */
    @Override
    boolean supportsAlterAddConstraint();

    /** Table and column comments at all (SQLAlchemy's {@code supports_comments}; SQLite has none). */
    default boolean supportsComments() {
        return ddlCompiler().commentStyle() != DdlCompiler.CommentStyle.NONE;
    }

    /** Whether comments are COMMENT ON statements after CREATE TABLE (PostgreSQL, H2; MySQL's are inline). */
    @Override
    default boolean supportsCommentStatements() {
        return ddlCompiler().commentStyle() == DdlCompiler.CommentStyle.STATEMENT;
    }

    /** {@code FULL OUTER JOIN} (MySQL, MariaDB and H2 have none). */
    boolean supportsFullOuterJoin();

    /** {@code INTERSECT ALL} and {@code EXCEPT ALL} (SQLite and H2 have neither). */
    boolean supportsIntersectExceptAll();

    /**
     * Whether this dialect renders an upsert clause ({@code ON CONFLICT}, {@code ON DUPLICATE KEY UPDATE},
     * {@code MERGE … KEY}); the compiler raises a {@link io.alchemy.exc.CompileError} naming the dialect and the
     * construct for the others.
     */
    boolean supportsUpsert(UpsertClause clause);

    /** {@code SELECT DISTINCT ON (…)} (PostgreSQL's; not on SQLite, MySQL or MariaDB). */
    boolean supportsDistinctOn();

    /** An INSERT, UPDATE or DELETE inside a {@code WITH} clause (PostgreSQL only). */
    boolean supportsDataModifyingCte();

    /** {@code GROUPS BETWEEN …} window frames (not on MySQL or MariaDB). */
    default boolean supportsGroupsFrame() {
        return true;
    }

    /** The standard {@code OFFSET … ROWS FETCH FIRST … ROWS ONLY} clause (not on SQLite or MySQL). */
    default boolean supportsFetchFirst() {
        return true;
    }

    /** {@code LATERAL} subqueries (not on SQLite, H2 or MariaDB). */
    boolean supportsLateral();

    /** JSON element access, {@code expr.get(key)} (not on H2). */
    boolean supportsJsonElementAccess();

    /** {@code FILTER (WHERE …)} on an aggregate function (not on MySQL or MariaDB). */
    boolean supportsAggregateFilter();

    /** An UPDATE with other tables in its criteria ({@code UPDATE … FROM}, MySQL's multi-table UPDATE; not on H2). */
    boolean supportsMultiTableUpdate();

    /** Columns of other tables in an UPDATE's SET clause (MySQL's multi-table UPDATE only). */
    boolean supportsMultiTableUpdateSet();

    /** A DELETE with other tables in its criteria ({@code DELETE … USING}; not on SQLite or H2). */
    boolean supportsMultiTableDelete();

    /** {@code UPDATE … RETURNING}, where {@link #supportsReturning()} holds (MariaDB has it for INSERT and DELETE only). */
    boolean supportsUpdateReturning();

    /** RETURNING in a statement with other tables in its criteria (not on MariaDB). */
    boolean supportsMultiTableReturning();

    /**
     * Whether a multi-row {@code INSERT … VALUES (…), (…) RETURNING} returns its rows in the order of the VALUES
     * rows (SQLite's order is arbitrary).
     */
    boolean supportsOrderedInsertReturning();

    /** Row locks, {@code FOR UPDATE} / {@code FOR SHARE}; where there are none (SQLite) the clause is left out. */
    boolean supportsRowLocking();

    /** OF, NOWAIT and SKIP LOCKED on a shared row lock (MariaDB's {@code LOCK IN SHARE MODE} takes none of them). */
    boolean supportsSharedLockOptions();

    /**
     * Whether dates and times are bound and read as {@code java.time} values; otherwise they are ISO 8601 text,
     * as SQLAlchemy stores them on SQLite (typed and untyped parameters alike).
     */
    @Override
    boolean supportsNativeDateTime();

    /**
     * Whether NUMERIC values come back with their declared scale; otherwise (SQLite, which stores them as REAL, as
     * SQLAlchemy's {@code supports_native_decimal}) the reader puts the column's declared scale back.
     */
    boolean supportsNativeDecimal();

    /**
     * Whether the database folds unquoted names to upper case (H2), so that an all-upper-case result label is read
     * as the lower-case name it was written with (SQLAlchemy's {@code requires_name_normalize}).
     */
    boolean requiresNameNormalize();

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
    @Override
    default String escapeQuestionMarks(String sql) {
        return sql;
    }

    /** Binds a JSON document's text, as the {@link #typeCompiler()} binds it. */
    @Override
    default void bindJson(java.sql.PreparedStatement statement, int index, String json) throws java.sql.SQLException {
        typeCompiler().bindJson(statement, index, json);
    }

    /** Binds the index of a JSON element, as the {@link #typeCompiler()} binds it. */
    @Override
    default void bindJsonIndex(java.sql.PreparedStatement statement, int index, Object key)
            throws java.sql.SQLException {
        typeCompiler().bindJsonIndex(statement, index, key);
    }
}
