package io.alchemy.engine;

import static io.alchemy.Alchemy.createEngine;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.testing.LogCapture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tutorial's S2 on {@code jdbc:sqlite::memory:} with echo on: the logged lines equal what SQLAlchemy logs
 * (reference §2, E2.1–E2.8; the session examples run on a connection), badge timings aside.
 */
class TutorialEchoTest {
    private LogCapture echo;
    private Engine engine;

    @BeforeEach
    void setUp() {
        echo = LogCapture.echo();
        engine = createEngine("jdbc:sqlite::memory:", EngineOptions.builder().echo(true).build());
    }

    @AfterEach
    void tearDown() {
        engine.dispose();
        echo.close();
    }

    @Test
    void engineCreationEmitsNothing() {
        assertThat(echo.lines()).isEmpty();                                             // E1.1
    }

    @Test
    void dbapiTransactionsChapterLogsSqlAlchemysLines() {
        try (Connection conn = engine.connect()) {                                      // E2.1
            assertThat(conn.execute(text("select 'hello world'")).all()).map(Row::toString).containsExactly("('hello world',)");
        }
        assertEchoed("BEGIN (implicit)", "select 'hello world'", "[generated in …] ()", "ROLLBACK");

        try (Connection conn = engine.connect()) {                                      // E2.2
            conn.execute(text("CREATE TABLE some_table (x int, y int)"));
            conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),
                    List.of(Map.of("x", 1, "y", 1), Map.of("x", 2, "y", 4)));
            conn.commit();
        }
        assertEchoed("BEGIN (implicit)", "CREATE TABLE some_table (x int, y int)", "[generated in …] ()",
                "INSERT INTO some_table (x, y) VALUES (?, ?)", "[generated in …] [(1, 1), (2, 4)]", "COMMIT");

        engine.begin(conn -> conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),   // E2.3
                List.of(Map.of("x", 6, "y", 8), Map.of("x", 9, "y", 10))));
        assertEchoed("BEGIN (implicit)", "INSERT INTO some_table (x, y) VALUES (?, ?)",
                "[cached since …] [(6, 8), (9, 10)]", "COMMIT");

        try (Connection conn = engine.connect()) {                                      // E2.4
            assertThat(conn.execute(text("SELECT x, y FROM some_table")).all()).hasSize(4);
        }
        assertEchoed("BEGIN (implicit)", "SELECT x, y FROM some_table", "[generated in …] ()", "ROLLBACK");

        try (Connection conn = engine.connect()) {                                      // E2.5
            conn.execute(text("SELECT x, y FROM some_table WHERE y > :y"), Map.of("y", 2)).all();
        }
        assertEchoed("BEGIN (implicit)", "SELECT x, y FROM some_table WHERE y > ?", "[generated in …] (2,)", "ROLLBACK");

        try (Connection conn = engine.connect()) {                                      // E2.6
            conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),
                    List.of(Map.of("x", 11, "y", 12), Map.of("x", 13, "y", 14)));
            conn.commit();
        }
        assertEchoed("BEGIN (implicit)", "INSERT INTO some_table (x, y) VALUES (?, ?)",
                "[cached since …] [(11, 12), (13, 14)]", "COMMIT");

        try (Connection conn = engine.connect()) {                                      // E2.7
            Result result = conn.execute(text("SELECT x, y FROM some_table WHERE y > :y ORDER BY x, y"), Map.of("y", 6));
            assertThat(result.all()).map(Row::toString).containsExactly("(6, 8)", "(9, 10)", "(11, 12)", "(13, 14)");
        }
        assertEchoed("BEGIN (implicit)", "SELECT x, y FROM some_table WHERE y > ? ORDER BY x, y", "[generated in …] (6,)",
                "ROLLBACK");

        try (Connection conn = engine.connect()) {                                      // E2.8
            conn.execute(text("UPDATE some_table SET y=:y WHERE x=:x"),
                    List.of(Map.of("x", 9, "y", 11), Map.of("x", 13, "y", 15)));
            conn.commit();
        }
        assertEchoed("BEGIN (implicit)", "UPDATE some_table SET y=? WHERE x=?", "[generated in …] [(11, 9), (15, 13)]", "COMMIT");

        try (Connection conn = engine.connect()) {                                      // final rows, §1.2
            assertThat(conn.execute(text("SELECT x, y FROM some_table ORDER BY x")).all()).map(Row::toString)
                    .containsExactly("(1, 1)", "(2, 4)", "(6, 8)", "(9, 11)", "(11, 12)", "(13, 15)");
        }
    }

    @Test
    void rawSqlAndSavepointsAreLogged() {
        try (Connection conn = engine.connect()) {
            conn.execDriverSql("PRAGMA main.table_info(\"some_table\")").all();
            conn.execDriverSql("SELECT name FROM sqlite_master WHERE type = ?", "table").all();
            Transaction savepoint = conn.beginNested();
            savepoint.rollback();
            conn.beginNested().commit();
        }
        assertEchoed("BEGIN (implicit)", "PRAGMA main.table_info(\"some_table\")", "[raw sql] ()",
                "SELECT name FROM sqlite_master WHERE type = ?", "[raw sql] ('table',)",
                "SAVEPOINT sa_savepoint_1", "ROLLBACK TO SAVEPOINT sa_savepoint_1",
                "SAVEPOINT sa_savepoint_2", "RELEASE SAVEPOINT sa_savepoint_2", "ROLLBACK");
    }

    @Test
    void autocommitModeSaysThatCommitAndRollbackHaveNoEffect() {
        try (Connection conn = engine.connect()) {
            conn.executionOptions(ExecutionOptions.autocommit());
            conn.execute(text("select 1"));
            conn.commit();
            conn.execute(text("select 1"));
        }
        assertEchoed("BEGIN (implicit)", "select 1", "[generated in …] ()",
                "COMMIT using DBAPI connection.commit(), has no effect due to autocommit mode",
                "BEGIN (implicit)", "select 1", "[cached since …] ()",
                "ROLLBACK using DBAPI connection.rollback(), DBAPI should ignore due to autocommit mode");
    }

    @Test
    void badgesHavePythonsNumberFormats() {
        try (Connection conn = engine.connect()) {
            conn.execute(text("select 1"));
            conn.execute(text("select 1"));
        }
        List<String> lines = echo.lines();
        assertThat(lines.get(2)).matches("\\[generated in \\d\\.\\d{5}s\\] \\(\\)");
        assertThat(lines.get(4)).matches("\\[cached since [0-9.]+(e-\\d\\d)?s ago\\] \\(\\)");
    }

    private void assertEchoed(String... expected) {
        assertThat(echo.linesWithoutTimings()).containsExactly(expected);
        echo.clear();
    }
}
