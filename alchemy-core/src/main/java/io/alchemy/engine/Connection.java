package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.event.EventConnection;
import io.alchemy.schema.SchemaConnection;
import io.alchemy.sql.Executable;
import io.alchemy.sql.Select;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One database connection checked out of an {@link Engine}, with SQLAlchemy 2.0's transaction model: a transaction
 * begins implicitly on the first execute ("autobegin", logged as {@code BEGIN (implicit)}); {@link #commit()} and
 * {@link #rollback()} end it and the next execute begins another ("commit as you go"); {@link #close()} rolls back
 * whatever is uncommitted and returns the JDBC connection to the pool. Not thread-safe: one connection, one thread.
 */
public interface Connection extends AutoCloseable, EventConnection, SchemaConnection {

    /** Executes a statement without parameters. */
    @Override
    Result execute(Executable statement);

    /** Executes a statement with named parameters ({@code :name} in text, {@code bindparam("name")}). */
    Result execute(Executable statement, Map<String, ?> parameters);

    /**
     * "executemany": executes the statement once per parameter set, through JDBC batching. Returns a result with
     * the total {@link Result#rowcount()} (and rows only for INSERT … RETURNING).
     */
    Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets);

    /**
     * The first column of each row, typed by the statement: {@code conn.scalars(select(userTable.c("name")))} is a
     * {@code ScalarResult} of the column's Java type. (A SELECT of a mapped class yields objects only through a
     * Session.)
     */
    default <T> ScalarResult<T> scalars(Select<T> select) {
        return execute(requireColumns(select)).scalars(select.scalarType());
    }

    /** The first column of the first row, typed by the statement, or {@code null} when there is no row. */
    default <T> @Nullable T scalar(Select<T> select) {
        return execute(requireColumns(select)).scalar(select.scalarType());
    }

    private static <T> Select<T> requireColumns(Select<T> select) {
        if (select.isEntityTyped()) {
            throw new io.alchemy.exc.ArgumentError("A SELECT of " + select.scalarType().getName() + " yields objects "
                    + "only through a Session (io.alchemy.orm.Session); a Connection returns its columns: read them with "
                    + "execute(stmt)");
        }
        return select;
    }

    /** Executes SQL exactly as given, with positional {@code ?} parameters; logged as {@code [raw sql]}. */
    Result execDriverSql(String sql, Object... parameters);

    /** Begins a transaction explicitly; {@link io.alchemy.exc.InvalidRequestError} if one is already in progress. */
    Transaction begin();

    /** Begins a nested transaction (SAVEPOINT), beginning the outer transaction first when there is none. */
    Transaction beginNested();

    /**
     * Commits the current transaction, if any. Where a failed statement aborts the whole transaction on the server
     * ({@link io.alchemy.dialect.Dialect#abortsTransactionOnError()}, PostgreSQL), a commit after such a failure is
     * refused instead: the transaction is rolled back and an {@link io.alchemy.exc.InvalidRequestError} caused by the
     * earlier error is thrown (unless a savepoint set before the failure was rolled back to since).
     */
    void commit();

    /** Rolls back the current transaction, if any. */
    void rollback();

    /** Whether a transaction is in progress. */
    boolean inTransaction();

    /**
     * Applies execution options (isolation level, AUTOCOMMIT, streaming, fetch size) to this connection and returns
     * it. An isolation level can only change while no transaction is in progress.
     */
    Connection executionOptions(ExecutionOptions options);

    /** The options in effect. */
    ExecutionOptions executionOptions();

    /** The engine this connection came from. */
    Engine engine();

    /** The engine's dialect. */
    @Override
    Dialect dialect();

    /** The name of the engine's dialect, as events report it. */
    @Override
    default String dialectName() {
        return dialect().name();
    }

    /** Whether the options in effect are AUTOCOMMIT. */
    @Override
    default boolean isAutocommit() {
        return executionOptions().isolationLevel() == IsolationLevel.AUTOCOMMIT;
    }

    /** The underlying JDBC connection, for what Alchemy does not cover. Do not close it yourself. */
    @Override
    java.sql.Connection jdbcConnection();

    /**
     * Invalidates the connection (SQLAlchemy's {@code Connection.invalidate()}): the JDBC connection is discarded from the
     * pool, never handed out again, and this connection is closed; an open transaction is gone with it. The engine does
     * this by itself when a statement fails with a disconnect ({@link io.alchemy.exc.DBAPIError#connectionInvalidated()}).
     */
    void invalidate();

    /** Whether {@link #close()} has been called. */
    boolean isClosed();

    /** Rolls back anything uncommitted and returns the JDBC connection to the pool. Idempotent. */
    @Override
    void close();
}
