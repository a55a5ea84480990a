package io.alchemy.engine;

import static io.alchemy.Alchemy.createEngine;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.alchemy.exc.DBAPIError;
import io.alchemy.exc.DataError;
import io.alchemy.exc.IntegrityError;
import io.alchemy.exc.OperationalError;
import io.alchemy.exc.ProgrammingError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Driver errors become SQLAlchemy's DBAPIError subclasses on every database, with the SQL and parameters. */
class ErrorClassificationTest {

    @MatrixTest
    void constraintViolationsAreIntegrityErrors(TestDatabase db) {
        Engine engine = db.name().equals("sqlite") ? db.onClose(createEngine(db.url() + "?foreign_keys=true")) : db.engine();
        engine.begin(conn -> {
            conn.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL)"));
            conn.execute(text("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))"));
            conn.execute(text("INSERT INTO parent (id, name) VALUES (1, 'one')"));
        });
        String insertParent = "INSERT INTO parent (id, name) VALUES (:id, :name)";
        IntegrityError duplicate = violation(engine, insertParent, Map.of("id", 1, "name", "again"));
        assertThat(duplicate).hasMessageContaining("[SQL: INSERT INTO parent (id, name) VALUES (?, ?)]")
                .hasMessageContaining("[parameters: (1, 'again')]");
        assertThat(duplicate.sql()).isEqualTo("INSERT INTO parent (id, name) VALUES (?, ?)");
        java.util.HashMap<String, Object> nullName = new java.util.HashMap<>();
        nullName.put("id", 2);
        nullName.put("name", null);
        violation(engine, insertParent, nullName);
        violation(engine, "INSERT INTO child (id, parent_id) VALUES (:id, :parent)", Map.of("id", 1, "parent", 99));
        engine.begin(conn -> conn.execute(text("INSERT INTO child (id, parent_id) VALUES (1, 1)")));
        violation(engine, "DELETE FROM parent WHERE id = :id", Map.of("id", 1));
    }

    @MatrixTest
    void badSqlIsAProgrammingError(TestDatabase db) {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELECT * FROM no_such_table"))).isInstanceOf(ProgrammingError.class)
                    .hasMessageContaining("no_such_table");
        }
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execDriverSql("SELEC 1")).isInstanceOf(ProgrammingError.class)
                    .hasMessageContaining("SELEC 1");
        }
    }

    @MatrixTest
    void aValueTooLongIsADataErrorWhereTheDatabaseChecksIt(TestDatabase db) {
        if (db.name().equals("sqlite")) {
            return;                                                       // SQLite does not enforce VARCHAR lengths
        }
        Engine engine = db.engine();
        engine.begin(conn -> conn.execute(text("CREATE TABLE short_text (s VARCHAR(3))")));
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO short_text (s) VALUES (:s)"), Map.of("s", "too long")))
                    .isInstanceOf(DataError.class);
        }
    }

    @MatrixTest
    void listenersSeeTheClassifiedError(TestDatabase db) {
        SqlRecorder listener = new SqlRecorder();
        Engine engine = db.engine(EngineOptions.builder().listener(listener).build());
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELECT * FROM missing_table"))).isInstanceOf(ProgrammingError.class);
        }
        assertThat(listener.events()).containsSubsequence("SELECT * FROM missing_table | []",
                "onError ProgrammingError", "ROLLBACK");
    }

    @Test
    void anUnreachableDatabaseIsAnOperationalErrorNamingTheUrlWithoutPassword() {
        for (String url : new String[] {"jdbc:postgresql://127.0.0.1:1/nowhere?user=someone&password=s3cret",
                "jdbc:mariadb://127.0.0.1:1/nowhere?user=someone&password=s3cret"}) {
            Engine engine = createEngine(url, EngineOptions.builder().poolTimeout(Duration.ofMillis(500)).build());
            try {
                OperationalError error = catchThrowableOfType(OperationalError.class, engine::connect);
                assertThat(error).hasMessageContaining("127.0.0.1:1/nowhere").hasMessageContaining("password=***")
                        .hasMessageNotContaining("s3cret");
            } finally {
                engine.dispose();
            }
        }
    }

    private static IntegrityError violation(Engine engine, String sql, Map<String, ?> params) {
        try (Connection conn = engine.connect()) {
            DBAPIError error = catchThrowableOfType(DBAPIError.class, () -> conn.execute(text(sql), params));
            assertThat(error).as(sql + " " + params).isInstanceOf(IntegrityError.class);
            return (IntegrityError) error;
        }
    }
}
