package io.alchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.testing.SqlRecorder.Executed;
import java.util.Arrays;
import java.util.List;

/**
 * SQLAlchemy's {@code assert_sql_execution} and {@code CompiledSQL}: run some work and check the statements it
 * executed, in order and all of them, by SQL text and, where given, by parameter sets.
 */
public final class SqlAssertions {
    private SqlAssertions() {
    }

    /**
     * One expected statement: its SQL (as sent to JDBC) and, unless {@code null}, its parameter sets (one for a
     * single execution, several for executemany).
     */
    public record CompiledSql(String sql, List<List<?>> parameters) {

        /** A statement expected with this SQL, whatever its parameters. */
        public static CompiledSql compiledSql(String sql) {
            return new CompiledSql(sql, null);
        }

        /** A statement expected with this SQL and exactly these parameter sets. */
        public static CompiledSql compiledSql(String sql, List<?>... parameterSets) {
            return new CompiledSql(sql, List.of(parameterSets));
        }

        void check(int index, Executed executed) {
            assertThat(executed.sql()).as("SQL of statement %d", index + 1).isEqualTo(sql);
            if (parameters != null) {
                assertThat(executed.parameters()).as("parameters of statement %d: %s", index + 1, sql)
                        .isEqualTo(parameters);
            }
        }
    }

    /**
     * Runs {@code work} on {@code engine} and checks that it executed exactly {@code expected}, in order; returns
     * the conversation it saw ({@link SqlRecorder#take()}: transaction lines and statements).
     */
    public static List<String> assertSqlExecution(Engine engine, Runnable work, CompiledSql... expected) {
        SqlRecorder recorder = new SqlRecorder();
        engine.addListener(recorder);
        try {
            return assertSqlExecution(recorder, work, expected);
        } finally {
            engine.removeListener(recorder);
        }
    }

    /**
     * Runs {@code work} and checks that the statements {@code recorder} saw during it are exactly {@code expected},
     * in order; what it recorded before is dropped first. Returns the conversation it saw during {@code work}
     * ({@link SqlRecorder#take()}: transaction lines and statements), and clears the recorder.
     */
    public static List<String> assertSqlExecution(SqlRecorder recorder, Runnable work, CompiledSql... expected) {
        recorder.clear();
        work.run();
        List<Executed> executed = recorder.executed();
        for (int i = 0; i < Math.min(executed.size(), expected.length); i++) {
            expected[i].check(i, executed.get(i));
        }
        assertThat(executed).as("statements executed, expected %s", Arrays.asList(expected)).hasSize(expected.length);
        return recorder.take();
    }
}
