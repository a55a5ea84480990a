package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.event.ConnectionEvent;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every ConnectionEvents hook fires at its moment, for listeners from the options or added later. */
class EventsTest {

    @MatrixTest
    void eventsFollowTheConnectionsLife(TestDatabase db) {
        SqlRecorder listener = new SqlRecorder();
        Engine engine = db.engine(EngineOptions.builder().listener(listener).poolSize(1).build());
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE t (x INTEGER)"));
            conn.execute(text("INSERT INTO t (x) VALUES (:x)"), List.of(Map.of("x", 1), Map.of("x", 2)));
            conn.commit();
            conn.beginNested().rollback();
        }
        assertThat(listener.events()).containsExactly("connect", "checkout",
                "BEGIN (implicit)", "CREATE TABLE t (x INTEGER) | []", "afterExecute rowcount=0",
                "INSERT INTO t (x) VALUES (?) | [1] [2]", "afterExecute rowcount=2", "COMMIT",
                "BEGIN (implicit)", "SET sa_savepoint_1", "ROLLBACK sa_savepoint_1", "ROLLBACK",
                "checkin");
        listener.clear();
        engine.begin(conn -> conn.execute(text("SELECT x FROM t")).all());
        assertThat(listener.events()).containsExactly("checkout", "BEGIN", "SELECT x FROM t | []",
                "afterExecute rowcount=-1", "COMMIT", "checkin");                       // the pooled connection: no new connect
    }

    @MatrixTest
    void statementEventsCarryTheCompiledFormParametersAndBadge(TestDatabase db) {
        List<String> seen = new ArrayList<>();
        ConnectionEvents listener = new ConnectionEvents() {
            @Override
            public void beforeExecute(io.alchemy.event.StatementEvent event) {
                seen.add(event.compiled().kind() + " " + event.parameters() + " many=" + event.executemany() + " "
                        + event.cacheBadge().replaceAll("[0-9.e-]+s", "Ns") + " " + (event.connection() != null));
            }
        };
        Engine engine = db.engine();
        engine.addListener(listener);
        try (Connection conn = engine.connect()) {
            conn.execute(text("SELECT :a + :b"), Map.of("a", 1, "b", 2)).all();
            conn.execute(text("SELECT :a + :b"), Map.of("a", 3, "b", 4)).all();
            conn.execDriverSql("SELECT 1").all();
            engine.removeListener(listener);
            conn.execute(text("SELECT 2")).all();
        }
        assertThat(seen).containsExactly("SELECT [[1, 2]] many=false generated in Ns true",
                "SELECT [[3, 4]] many=false cached since Ns ago true", "SELECT [[]] many=false raw sql true");
    }

    @MatrixTest
    void checkoutReportsTheConnectionAndItsDialect(TestDatabase db) {
        List<ConnectionEvent> checkouts = new ArrayList<>();
        Engine engine = db.engine(EngineOptions.builder().listener(new ConnectionEvents() {
            @Override
            public void onCheckout(ConnectionEvent event, long acquireNanos) {
                checkouts.add(event);
            }
        }).build());
        try (Connection conn = engine.connect()) {
            assertThat(checkouts).singleElement().satisfies(event -> {
                assertThat(event.connection()).isSameAs(conn);
                assertThat(event.dialectName()).isEqualTo(engine.dialect().name());
            });
        }
    }

    @MatrixTest
    void echoIsAListenerOnTheSameHooks(TestDatabase db) {
        try (LogCapture echo = LogCapture.echo()) {
            Engine engine = db.engine(EngineOptions.builder().echo(true).build());
            try (Connection conn = engine.connect()) {
                conn.execute(text("SELECT :x"), Map.of("x", "a'b")).all();
                conn.executionOptions(ExecutionOptions.DEFAULTS);
                conn.commit();
            }
            assertThat(echo.linesWithoutTimings()).containsExactly("BEGIN (implicit)", "SELECT ?",
                    "[generated in …] (\"a'b\",)", "COMMIT");
        }
    }
}
