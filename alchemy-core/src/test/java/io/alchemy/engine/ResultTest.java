package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.MultipleResultsFound;
import io.alchemy.exc.NoResultFound;
import io.alchemy.exc.NoSuchColumnError;
import io.alchemy.exc.ResourceClosedError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Result and Row: the ways to take rows, and the errors SQLAlchemy raises for misuse. */
class ResultTest {
    private static final String USERS = "SELECT id, name FROM users ORDER BY id";

    @MatrixTest
    void rowsReadByPositionNameTypeAndMapping(TestDatabase db) {
        try (Connection conn = withUsers(db)) {
            Result result = conn.execute(text(USERS));
            assertThat(result.keys()).containsExactly("id", "name");
            assertThat(result.returnsRows()).isTrue();
            Row row = result.first();
            assertThat(row).hasToString("(1, 'spongebob')");
            assertThat(row.get(0)).isEqualTo(1);
            assertThat(row.get("name")).isEqualTo("spongebob");
            assertThat(row.get("id", Long.class)).isEqualTo(1L);
            assertThat(row.get(0, int.class)).isEqualTo(1);
            assertThat(row.size()).isEqualTo(2);
            assertThat(row.keys()).containsExactly("id", "name");
            assertThat(row.values()).containsExactly(1, "spongebob");
            assertThat(row.mapping()).containsExactly(Map.entry("id", 1), Map.entry("name", "spongebob"));
            assertThat(row).isEqualTo(conn.execute(text(USERS)).first()).hasSameHashCodeAs(conn.execute(text(USERS)).first());
        }
    }

    @MatrixTest
    void rowMisuseNamesTheProblem(TestDatabase db) {
        try (Connection conn = withUsers(db)) {
            Row row = conn.execute(text(USERS)).first();
            assertThatThrownBy(() -> row.get("email")).isInstanceOf(NoSuchColumnError.class)
                    .hasMessageContaining("'email'").hasMessageContaining("[id, name]");
            assertThatThrownBy(() -> row.get(2)).isInstanceOf(NoSuchColumnError.class).hasMessageContaining("index 2");
            assertThatThrownBy(() -> row.get("name", Integer.class)).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("'name'").hasMessageContaining("'spongebob'").hasMessageContaining("java.lang.Integer");
        }
    }

    @MatrixTest
    void oneAndFriendsCountTheRows(TestDatabase db) {
        try (Connection conn = withUsers(db)) {
            assertThat(conn.execute(text("SELECT name FROM users WHERE id = :id"), Map.of("id", 2)).one()).hasToString("('sandy',)");
            assertThat(conn.execute(text("SELECT name FROM users WHERE id = :id"), Map.of("id", 9)).oneOrNone()).isNull();
            assertThat(conn.execute(text("SELECT name FROM users WHERE id = :id"), Map.of("id", 9)).first()).isNull();
            assertThatThrownBy(() -> conn.execute(text("SELECT name FROM users WHERE id = :id"), Map.of("id", 9)).one())
                    .isInstanceOf(NoResultFound.class).hasMessage("No row was found when one was required");
            assertThatThrownBy(() -> conn.execute(text(USERS)).one()).isInstanceOf(MultipleResultsFound.class)
                    .hasMessage("Multiple rows were found when exactly one was required");
            assertThatThrownBy(() -> conn.execute(text(USERS)).oneOrNone()).isInstanceOf(MultipleResultsFound.class);
            assertThat(conn.execute(text(USERS)).scalar()).isEqualTo(1);
            assertThat(conn.execute(text("SELECT count(*) FROM users")).scalarOne(Long.class)).isEqualTo(3L);
            assertThat(conn.execute(text("SELECT name FROM users WHERE id = 9")).scalarOneOrNone(String.class)).isNull();
            assertThat(conn.execute(text("SELECT name FROM users WHERE id = 9")).scalarOptional()).isEmpty();
            assertThatThrownBy(() -> conn.execute(text("SELECT name FROM users")).scalarOne())
                    .isInstanceOf(MultipleResultsFound.class);
        }
    }

    @MatrixTest
    void scalarsMappingsPartitionsAndStreams(TestDatabase db) {
        try (Connection conn = withUsers(db)) {
            assertThat(conn.execute(text(USERS)).scalars().all()).containsExactly(1, 2, 3);
            assertThat(conn.execute(text(USERS)).scalars(1).all()).containsExactly("spongebob", "sandy", "patrick");
            assertThat(conn.execute(text(USERS)).scalars(Long.class).all()).containsExactly(1L, 2L, 3L);
            assertThat(conn.execute(text("SELECT name FROM users WHERE id = 9")).scalars(String.class).first()).isNull();
            assertThatThrownBy(() -> conn.execute(text(USERS)).scalars(String.class).first()).isInstanceOf(ArgumentError.class);
            assertThat(conn.execute(text("SELECT name FROM users WHERE id = 3")).scalars(String.class).one()).isEqualTo("patrick");
            assertThat(conn.execute(text(USERS)).mappings().all()).extracting(m -> m.get("name"))
                    .containsExactly("spongebob", "sandy", "patrick");
            try (Stream<List<Row>> partitions = conn.execute(text(USERS)).partitions(2)) {
                assertThat(partitions.map(List::size)).containsExactly(2, 1);
            }
            try (Stream<Row> rows = conn.execute(text(USERS)).stream()) {
                assertThat(rows.map(r -> r.get("name", String.class))).containsExactly("spongebob", "sandy", "patrick");
            }
            Result result = conn.execute(text(USERS));
            assertThat(result.fetchMany(2)).hasSize(2);
            assertThat(result.fetchMany(2)).hasSize(1);
            assertThat(result.fetchMany(2)).isEmpty();
            List<Integer> ids = new java.util.ArrayList<>();
            for (Object id : conn.execute(text(USERS)).scalars()) {
                ids.add((Integer) id);
            }
            assertThat(ids).containsExactly(1, 2, 3);
        }
    }

    @MatrixTest
    void consumedAndClosedResultsRaiseResourceClosedError(TestDatabase db) {
        try (Connection conn = withUsers(db)) {
            Result result = conn.execute(text(USERS));
            assertThat(result.all()).hasSize(3);
            assertThatThrownBy(result::all).isInstanceOf(ResourceClosedError.class).hasMessage("This result object is closed.");
            assertThatThrownBy(result::first).isInstanceOf(ResourceClosedError.class);
            assertThat(result.keys()).containsExactly("id", "name");
            Result closed = conn.execute(text(USERS));
            closed.close();
            closed.close();
            assertThatThrownBy(closed::iterator).isInstanceOf(ResourceClosedError.class);
            assertThatThrownBy(() -> closed.fetchMany(1)).isInstanceOf(ResourceClosedError.class);
            Result iterated = conn.execute(text(USERS));
            iterated.forEach(row -> { });
            assertThat(iterated.fetchMany(5)).isEmpty();                  // exhausted, not closed
            assertThatThrownBy(() -> iterated.fetchMany(0)).isInstanceOf(ArgumentError.class);
        }
    }

    @MatrixTest
    void dmlResultsHaveARowcountButNoRows(TestDatabase db) {
        try (Connection conn = withUsers(db)) {
            Result updated = conn.execute(text("UPDATE users SET name = :name WHERE id > :id"), Map.of("name", "x", "id", 1));
            assertThat(updated.rowcount()).isEqualTo(2);
            assertThat(updated.returnsRows()).isFalse();
            assertThat(updated.keys()).isEmpty();
            assertThatThrownBy(updated::all).isInstanceOf(ResourceClosedError.class)
                    .hasMessage("This result object does not return rows. It has been closed automatically.");
            assertThatThrownBy(updated::insertedPrimaryKey).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("not an insert()");
            assertThat(conn.execute(text(USERS)).rowcount()).isEqualTo(-1);
        }
    }

    private static Connection withUsers(TestDatabase db) {
        Engine engine = db.engine();
        engine.begin(conn -> {
            conn.execute(text("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(30))"));
            conn.execute(text("INSERT INTO users (id, name) VALUES (:id, :name)"), List.of(
                    Map.of("id", 1, "name", "spongebob"), Map.of("id", 2, "name", "sandy"), Map.of("id", 3, "name", "patrick")));
        });
        return engine.connect();
    }
}
