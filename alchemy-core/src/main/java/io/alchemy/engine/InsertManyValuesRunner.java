package io.alchemy.engine;

import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.DmlStatement;
import io.alchemy.sql.Executable;
import io.alchemy.sql.InsertManyValues;
import io.alchemy.sql.ResultColumn;
import io.alchemy.sql.Statement;
import io.alchemy.sql.StatementKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs an executemany {@code INSERT … RETURNING} the way SQLAlchemy's insertmanyvalues does: multi-row batches of
 * at most 1,000 rows (fewer when the dialect's parameter limit says so) whose returned rows are put in parameter
 * order, or, when the plan has no sentinel, one INSERT per parameter set. Each batch is one statement execution
 * with its own events; echo shows {@code [generated in …s (insertmanyvalues) 1/3 (ordered)]}, then
 * {@code [insertmanyvalues 2/3 (ordered)]}, with {@code ; batch not supported} for one INSERT per row. Where the
 * dialect has no RETURNING (MySQL), each INSERT's row is {@link EmulatedReturning emulated}.
 */
final class InsertManyValuesRunner {
    private final DefaultConnection connection;

    InsertManyValuesRunner(DefaultConnection connection) {
        this.connection = connection;
    }

    /** Whether an executemany of {@code statement} goes through insertmanyvalues: an INSERT with RETURNING. */
    static boolean applies(Executable statement) {
        return statement instanceof DmlStatement dml && dml.kind() == StatementKind.INSERT
                && !dml.returningList().isEmpty();
    }

    Result run(Statement statement, CompileOptions options, List<? extends Map<String, ?>> parameterSets) {
        CompiledCache cache = connection.defaultEngine().cache();
        CompiledCache.Lookup plan = cache.lookupInsertManyValues(statement, connection.dialect(), options);
        InsertManyValues planned = plan.plan();
        if (planned.batched()) {
            ParameterResolver.Resolved resolved = ParameterResolver.resolve(statement, planned.rowForm(),
                    parameterSets, true);
            return batched(planned, plan.results(), resolved.parameters(), plan);
        }
        if (planned.ordering() == InsertManyValues.Ordering.EMULATED_RETURNING) {
            ParameterResolver.Resolved resolved = ParameterResolver.resolve(statement, planned.rowForm(),
                    parameterSets, true);
            EmulatedReturning emulation = new EmulatedReturning(planned, connection.dialect());
            return oneByOne(planned.rowForm(), plan.results(), resolved.parameters(), plan, emulation);
        }
        CompiledCache.Lookup lookup = cache.lookup(statement, connection.dialect(), options);
        ParameterResolver.Resolved resolved = ParameterResolver.resolve(statement, lookup.compiled(), parameterSets, true);
        return oneByOne(resolved.compiled(), lookup.results(), resolved.parameters(), lookup, null);
    }

    private Result oneByOne(Compiled compiled, ResultPlan results, List<List<Object>> parameterSets,
            CompiledCache.Lookup first, EmulatedReturning emulation) {
        connection.transactions().autobegin();
        List<Row> rows = new ArrayList<>();
        RowKeys keys = emulation == null ? RowKeys.NONE : emulation.keys();
        int total = parameterSets.size();
        try (Execution execution = new Execution(compiled, results, emulation)) {
            for (int i = 0; i < total; i++) {
                Batch batch = execution.run(parameterSets.get(i), first, i, total, "ordered; batch not supported");
                keys = batch.keys();
                rows.addAll(batch.rows());
            }
        }
        return new CursorResult(keys, RowCursor.of(rows), rows.size(), CursorResult.PrimaryKeyOutcome.EXECUTEMANY, null);
    }

    private Result batched(InsertManyValues plan, ResultPlan results, List<List<Object>> parameterSets,
            CompiledCache.Lookup first) {
        connection.transactions().autobegin();
        int size = plan.rowsPerBatch(connection.dialect().maxBindParameters());
        int total = parameterSets.size();
        int batches = (total + size - 1) / size;
        RowKeys keys = new RowKeys(plan.rowForm().resultColumns().subList(0, plan.visibleColumns()).stream()
                .map(ResultColumn::name).toList());
        SentinelOrder order = new SentinelOrder(plan, keys);
        List<Row> rows = new ArrayList<>(total);
        Execution execution = null;
        try {
            for (int b = 0; b < batches; b++) {
                List<List<Object>> sets = parameterSets.subList(b * size, Math.min(total, (b + 1) * size));
                if (execution == null || execution.rows != sets.size()) {
                    closeQuietly(execution);
                    execution = new Execution(plan.batch(sets.size()), results, null);
                    execution.rows = sets.size();
                }
                List<Object> flat = new ArrayList<>(sets.size() * plan.rowForm().binds().size());
                sets.forEach(flat::addAll);
                rows.addAll(order.order(execution.run(flat, first, b, batches, "ordered").rows(), sets));
            }
        } finally {
            closeQuietly(execution);
        }
        return new CursorResult(keys, RowCursor.of(rows), rows.size(), CursorResult.PrimaryKeyOutcome.EXECUTEMANY, null);
    }

    private static String badge(CompiledCache.Lookup first, int index, int total, String mode) {
        String position = " " + (index + 1) + "/" + total + " (" + mode + ")";
        return index == 0 ? first.badge() + " (insertmanyvalues)" + position : "insertmanyvalues" + position;
    }

    private static void closeQuietly(Execution execution) {
        if (execution != null) {
            execution.close();
        }
    }

    /** The rows one execution returned, and their keys. */
    private record Batch(RowKeys keys, List<Row> rows) {
    }

    /** One prepared statement, executed once per batch (or row) with events around each execution. */
    private final class Execution implements AutoCloseable {
        private final Compiled compiled;
        private final ResultPlan results;
        private final EmulatedReturning emulation;
        private PreparedStatement statement;
        int rows;

        Execution(Compiled compiled, ResultPlan results, EmulatedReturning emulation) {
            this.compiled = compiled;
            this.results = results;
            this.emulation = emulation;
        }

        /** Runs batch {@code index} of {@code total}; events (and their badge) only when the engine has listeners. */
        Batch run(List<Object> values, CompiledCache.Lookup first, int index, int total, String mode) {
            EventDispatcher events = connection.defaultEngine().events();
            StatementEvent event = events.isEmpty() ? null : new StatementEvent(connection, compiled, List.of(values),
                    false, () -> badge(first, index, total, mode), System.nanoTime());
            if (event != null) {
                events.beforeExecute(event);
            }
            try {
                if (statement == null) {
                    statement = emulation != null && GeneratedKeys.wanted(compiled)
                            ? GeneratedKeys.prepare(connection.jdbc(), compiled, connection.dialect())
                            : connection.jdbc().prepareStatement(compiled.sql());
                }
                ValueBinder.bindAll(statement, compiled.binds(), values, connection.dialect());
                long start = System.nanoTime();
                Batch batch = statement.execute() ? read()
                        : emulation != null ? new Batch(emulation.keys(), List.of(emulation.row(statement, values)))
                        : new Batch(RowKeys.NONE, List.of());
                if (event != null) {
                    events.afterExecute(event, new StatementOutcome(batch.rows().size(), System.nanoTime() - start));
                }
                return batch;
            } catch (SQLException e) {
                RuntimeException error = connection.classify(e, compiled.sql(), values);
                connection.transactions().statementFailed(error);
                if (event != null) {
                    events.onError(event, error);
                }
                throw error;
            } catch (RuntimeException e) {
                if (event != null) {
                    events.onError(event, e);
                }
                throw e;
            }
        }

        private Batch read() throws SQLException {
            try (ResultSet resultSet = statement.getResultSet()) {
                RowReader reader = results.reader(resultSet.getMetaData());
                List<Row> rows = new ArrayList<>();
                while (resultSet.next()) {
                    rows.add(reader.read(resultSet));
                }
                return new Batch(reader.keys(), rows);
            }
        }

        @Override
        public void close() {
            if (statement != null) {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // the statement's results are read; a failure to release it changes nothing for the caller
                }
            }
        }
    }
}
