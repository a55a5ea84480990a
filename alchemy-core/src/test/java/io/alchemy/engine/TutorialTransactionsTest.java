package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The tutorial's "Working with Transactions and the DBAPI" (S2, E2.1–E2.6), on every database. */
class TutorialTransactionsTest {

    @MatrixTest
    void helloWorldReturnsOneRowAndCommitsNothing(TestDatabase db) {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {                                        // E2.1
            List<Row> rows = conn.execute(text("select 'hello world'")).all();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get(0)).isEqualTo("hello world");
            assertThat(rows.get(0)).hasToString("('hello world',)");
        }
    }

    @MatrixTest
    void tutorialRowsThroughCommitAsYouGoAndBeginOnce(TestDatabase db) {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {                                        // E2.2
            conn.execute(text("CREATE TABLE some_table (x int, y int)"));
            Result inserted = conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),
                    List.of(Map.of("x", 1, "y", 1), Map.of("x", 2, "y", 4)));
            assertThat(inserted.rowcount()).isEqualTo(2);
            conn.commit();
        }
        engine.begin(conn -> conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),   // E2.3
                List.of(Map.of("x", 6, "y", 8), Map.of("x", 9, "y", 10))));

        List<String> lines = new ArrayList<>();
        try (Connection conn = engine.connect()) {                                        // E2.4
            for (Row row : conn.execute(text("SELECT x, y FROM some_table"))) {
                lines.add("x: " + row.get("x") + "  y: " + row.get("y"));
            }
        }
        assertThat(lines).containsExactly("x: 1  y: 1", "x: 2  y: 4", "x: 6  y: 8", "x: 9  y: 10");

        try (Connection conn = engine.connect()) {                                        // E2.5
            Result result = conn.execute(text("SELECT x, y FROM some_table WHERE y > :y"), Map.of("y", 2));
            assertThat(result.all()).map(Row::toString).containsExactly("(2, 4)", "(6, 8)", "(9, 10)");
        }
        try (Connection conn = engine.connect()) {                                        // E2.6
            conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),
                    List.of(Map.of("x", 11, "y", 12), Map.of("x", 13, "y", 14)));
            conn.commit();
        }
        int total = engine.transaction(conn -> conn.execute(text("SELECT count(*) FROM some_table")).scalarOne(Integer.class));
        assertThat(total).isEqualTo(6);
        try (Connection conn = engine.connect()) {
            Result result = conn.execute(text("SELECT x, y FROM some_table WHERE y > :y ORDER BY x, y"), Map.of("y", 6));
            assertThat(result.all()).map(Row::toString).containsExactly("(6, 8)", "(9, 10)", "(11, 12)", "(13, 14)");
        }
    }
}
