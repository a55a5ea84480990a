package io.alchemy.orm;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** Tutorial E2.7 and E2.8: a Session executes textual SQL like a Connection, in its own transaction. */
class SessionTextTest {

    private static Engine tutorialTable(TestDatabase db) {
        Engine engine = db.engine();
        engine.begin(conn -> {
            conn.execute(text("CREATE TABLE some_table (x int, y int)"));
            conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"), List.of(
                    Map.of("x", 1, "y", 1), Map.of("x", 2, "y", 4), Map.of("x", 6, "y", 8),
                    Map.of("x", 9, "y", 10), Map.of("x", 11, "y", 12), Map.of("x", 13, "y", 14)));
        });
        return engine;
    }

    @MatrixTest
    void selectsThroughTheSessionLikeAConnection(TestDatabase db) {
        Engine engine = tutorialTable(db);
        try (Session session = new Session(engine)) {
            List<Row> rows = session.execute(text("SELECT x, y FROM some_table WHERE y > :y ORDER BY x, y"), Map.of("y", 6)).all();
            assertThat(rows).extracting(Row::values)
                    .containsExactly(List.of(6, 8), List.of(9, 10), List.of(11, 12), List.of(13, 14));
        }
    }

    @MatrixTest
    void executemanyUpdateCommitsAndReleasesTheConnection(TestDatabase db) {
        Engine engine = tutorialTable(db);
        try (Session session = new Session(engine)) {
            session.execute(text("UPDATE some_table SET y=:y WHERE x=:x"),
                    List.of(Map.of("x", 9, "y", 11), Map.of("x", 13, "y", 15)));
            assertThat(session.inTransaction()).isTrue();
            session.commit();
            assertThat(session.inTransaction()).isFalse();
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT y FROM some_table WHERE x IN (9, 13) ORDER BY x")).scalars(Integer.class).all())
                    .containsExactly(11, 15);
        }
    }

    @MatrixTest
    void closeRollsBackAndTheSessionCanBeUsedAgain(TestDatabase db) {
        Engine engine = tutorialTable(db);
        Session session = new Session(engine);
        session.execute(text("DELETE FROM some_table"));
        session.close();
        assertThat(session.inTransaction()).isFalse();
        assertThat(session.execute(text("SELECT count(*) FROM some_table")).scalarOne(Integer.class)).isEqualTo(6);
        session.rollback();
        assertThat(session.inTransaction()).isFalse();
    }
}
