package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import io.alchemy.sql.StatementKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs statements on one connection: compiled form from the engine's cache, named parameters resolved to
 * positions (before the database is touched), autobegin, events around the JDBC call, errors classified by the
 * dialect, and rows buffered into the result, or streamed when the connection's options ask for it.
 */
final class StatementExecutor {
    private final DefaultConnection connection;

    StatementExecutor(DefaultConnection connection) {
        this.connection = connection;
    }

    Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets, boolean executemany) {
        connection.ensureOpen();
        Objects.requireNonNull(statement, "statement");
        Map<String, ?> first = parameterSets.get(0) == null ? Map.of() : parameterSets.get(0);
        if (executemany && InsertManyValuesRunner.applies(statement)) {
            return new InsertManyValuesRunner(connection).run((io.alchemy.sql.Statement) statement,
                    CompileOptions.forParameters(first.keySet()), parameterSets);
        }
        CompiledCache.Lookup lookup = connection.defaultEngine().cache().lookupForParameters(statement,
                connection.dialect(), first);
        ParameterResolver.Resolved resolved = ParameterResolver.resolve(statement, lookup.compiled(), parameterSets,
                executemany, connection.dialect().bindsLongInListsAsArrays() ? connection.dialect().maxBindParameters() : 0);
        return run(resolved.compiled(), lookup.results(), resolved.parameters(), executemany, lookup);
    }

    /** A single execution: the common case, without the parameter-set lists of {@link #execute}. */
    Result executeOne(Executable statement, Map<String, ?> parameters) {
        connection.ensureOpen();
        Objects.requireNonNull(statement, "statement");
        CompiledCache.Lookup lookup = connection.defaultEngine().cache().lookupForParameters(statement,
                connection.dialect(), parameters);
        Compiled compiled = lookup.compiled();
        if (!compiled.expandingBinds().isEmpty()) {
            ParameterResolver.Resolved resolved = ParameterResolver.resolve(statement, compiled, List.of(parameters),
                    false, connection.dialect().bindsLongInListsAsArrays() ? connection.dialect().maxBindParameters() : 0);
            return run(resolved.compiled(), lookup.results(), resolved.parameters(), false, lookup);
        }
        List<Object> values = ParameterResolver.resolveSingle(statement, compiled, parameters);
        return run(compiled, lookup.results(), List.of(values), false, lookup);
    }

    Result executeDriverSql(String sql, Object[] parameters) {
        connection.ensureOpen();
        Objects.requireNonNull(sql, "sql");
        Compiled compiled = Compiled.of(sql, StatementKind.ofSql(sql));
        return run(compiled, ResultPlan.of(List.of(), connection.dialect()), List.of(Arrays.asList(parameters)), false,
                null);
    }

    /**
     * Runs the statement; {@code lookup} (null for driver SQL) tells how it was compiled, for the echo badge that only
     * listeners ask for.
     */
    private Result run(Compiled compiled, ResultPlan results, List<List<Object>> params, boolean executemany,
            CompiledCache.@Nullable Lookup lookup) {
        connection.transactions().autobegin();
        EventDispatcher events = connection.defaultEngine().events();
        // no listener, no event: nothing is allocated for listeners per statement
        StatementEvent event = events.isEmpty() ? null
                : new StatementEvent(connection, compiled, params, executemany, badge(lookup), System.nanoTime());
        if (event != null) {
            events.beforeExecute(event);
        }
        PreparedStatement statement = null;
        try {
            statement = prepare(compiled);
            if (!executemany) {
                return runOnce(statement, compiled, results, params.get(0), event);
            }
            return returnsRows(compiled) ? runEach(statement, compiled, results, params, event)
                    : runBatch(statement, compiled, params, event);
        } catch (SQLException e) {
            closeQuietly(statement);
            RuntimeException error = connection.classify(e, compiled.sql(),
                    executemany ? params : params.get(0));
            connection.transactions().statementFailed(error);
            if (event != null) {
                events.onError(event, error);
            }
            throw error;
        } catch (RuntimeException e) {
            closeQuietly(statement);
            if (event != null) {
                events.onError(event, e);
            }
            throw e;
        }
    }

    private Result runOnce(PreparedStatement statement, Compiled compiled, ResultPlan results, List<Object> values,
            @Nullable StatementEvent event) throws SQLException {
        Dialect dialect = connection.dialect();
        ValueBinder.bindAll(statement, compiled.binds(), values, dialect);
        long start = System.nanoTime();
        boolean hasRows = statement.execute();
        long elapsed = System.nanoTime() - start;
        if (hasRows) {
            ResultSet resultSet = statement.getResultSet();
            RowReader reader = results.reader(resultSet.getMetaData());
            if (connection.executionOptions().streamResults()) {
                executed(event, -1, elapsed, -1);
                return new CursorResult(reader.keys(), new StreamingCursor(statement, resultSet, reader, connection,
                        compiled.sql()), -1, CursorResult.PrimaryKeyOutcome.NOT_AN_INSERT, connection);
            }
            List<Row> rows = readAll(resultSet, reader);
            statement.close();
            long rowcount = compiled.kind() == StatementKind.SELECT ? -1 : rows.size();
            executed(event, rowcount, elapsed, rows.size());
            return new CursorResult(reader.keys(), RowCursor.owning(rows), rowcount, GeneratedKeys.NONE, null);
        }
        long rowcount = statement.getUpdateCount();
        CursorResult.PrimaryKeyOutcome primaryKey = GeneratedKeys.read(statement, compiled, dialect);
        statement.close();
        executed(event, rowcount, elapsed, -1);
        return new CursorResult(RowKeys.NONE, null, rowcount, primaryKey, null);
    }

    private Result runBatch(PreparedStatement statement, Compiled compiled, List<List<Object>> params,
            @Nullable StatementEvent event) throws SQLException {
        for (List<Object> values : params) {
            ValueBinder.bindAll(statement, compiled.binds(), values, connection.dialect());
            statement.addBatch();
        }
        long start = System.nanoTime();
        int[] counts = statement.executeBatch();
        long elapsed = System.nanoTime() - start;
        statement.close();
        long rowcount = sum(counts);
        executed(event, rowcount, elapsed, -1);
        return new CursorResult(RowKeys.NONE, null, rowcount, CursorResult.PrimaryKeyOutcome.EXECUTEMANY, null);
    }

    /** executemany of DML with RETURNING: one execution per parameter set, rows collected in order. */
    private Result runEach(PreparedStatement statement, Compiled compiled, ResultPlan results,
            List<List<Object>> params, @Nullable StatementEvent event) throws SQLException {
        List<Row> rows = new ArrayList<>();
        RowKeys keys = RowKeys.NONE;
        long start = System.nanoTime();
        for (List<Object> values : params) {
            ValueBinder.bindAll(statement, compiled.binds(), values, connection.dialect());
            if (statement.execute()) {
                try (ResultSet resultSet = statement.getResultSet()) {
                    RowReader reader = results.reader(resultSet.getMetaData());
                    keys = reader.keys();
                    rows.addAll(readAll(resultSet, reader));
                }
            }
        }
        long elapsed = System.nanoTime() - start;
        statement.close();
        executed(event, rows.size(), elapsed, -1);
        return new CursorResult(keys, RowCursor.of(rows), rows.size(), CursorResult.PrimaryKeyOutcome.EXECUTEMANY, null);
    }

    private static Supplier<String> badge(CompiledCache.@Nullable Lookup lookup) {
        return lookup == null ? () -> "raw sql" : lookup::badge;
    }

    /** Tells the listeners how the statement went; nothing when there are none ({@code event} is then null). */
    private void executed(@Nullable StatementEvent event, long rowcount, long elapsed, long rowsReturned) {
        if (event != null) {
            connection.defaultEngine().events().afterExecute(event, new StatementOutcome(rowcount, elapsed, rowsReturned));
        }
    }

    private PreparedStatement prepare(Compiled compiled) throws SQLException {
        PreparedStatement statement = GeneratedKeys.wanted(compiled)
                ? GeneratedKeys.prepare(connection.jdbc(), compiled, connection.dialect())
                : connection.jdbc().prepareStatement(compiled.sql());
        ExecutionOptions options = connection.executionOptions();
        if (options.streamResults()) {
            statement.setFetchSize(options.fetchSize() > 0 ? options.fetchSize() : 1_000);
        } else if (options.fetchSize() > 0) {
            statement.setFetchSize(options.fetchSize());
        }
        return statement;
    }

    private static boolean returnsRows(Compiled compiled) {
        return !compiled.resultColumns().isEmpty() && compiled.kind() != StatementKind.SELECT;
    }

    private static List<Row> readAll(ResultSet resultSet, RowReader reader) throws SQLException {
        List<Row> rows = new ArrayList<>();
        while (resultSet.next()) {
            rows.add(reader.read(resultSet));
        }
        resultSet.close();
        return rows;
    }

    /** The total of a batch's update counts; -1 when the driver reports any of them as unknown. */
    private static long sum(int[] counts) {
        long total = 0;
        for (int count : counts) {
            if (count < 0) {
                return -1;
            }
            total += count;
        }
        return total;
    }

    private static void closeQuietly(PreparedStatement statement) {
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // the execution error is the one to report
            }
        }
    }
}
