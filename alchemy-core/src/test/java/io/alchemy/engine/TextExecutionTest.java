package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.sql.ResultColumn;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.SqlType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** text() executed: binds by name, fixed and typed binds, declared result columns, and a missing bind. */
class TextExecutionTest {

    /** Reads integers as their decimal text, to show that a declared column type does the reading. */
    private static final SqlType<String> INT_AS_TEXT = new SqlType<>() {
        @Override
        public Class<String> javaType() {
            return String.class;
        }

        @Override
        public String read(ResultSet resultSet, int index, io.alchemy.types.TypeContext dialect) throws SQLException {
            long value = resultSet.getLong(index);
            return resultSet.wasNull() ? null : "#" + value;
        }
    };

    @MatrixTest
    void aMissingBindIsAnArgumentErrorBeforeAnythingReachesTheDatabase(TestDatabase db) {
        SqlRecorder listener = new SqlRecorder();
        Engine engine = db.engine(EngineOptions.builder().listener(listener).build());
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELECT :x, :y"), Map.of("x", 1)))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("bind parameter 'y'");
            assertThatThrownBy(() -> conn.execute(text("SELECT :x"), List.of(Map.of("x", 1), Map.of("z", 2))))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("'x', in parameter group 2");
            assertThat(conn.inTransaction()).isFalse();
        }
        assertThat(listener.statements()).isZero();
        assertThat(listener.events()).noneMatch(event -> event.startsWith("BEGIN"));
    }

    @MatrixTest
    void fixedValuesAreUsedUnlessTheExecutionOverridesThem(TestDatabase db) {
        Engine engine = db.engine();
        engine.begin(conn -> {
            conn.execute(text("CREATE TABLE t (x INTEGER, y INTEGER)"));
            conn.execute(text("INSERT INTO t (x, y) VALUES (:x, :y)"), List.of(Map.of("x", 1, "y", 10), Map.of("x", 2, "y", 20)));
        });
        try (Connection conn = engine.connect()) {
            var select = text("SELECT y FROM t WHERE x = :x");
            assertThat(conn.execute(select.bindparams(Map.of("x", 1))).scalarOne()).isEqualTo(10);
            assertThat(conn.execute(select.bindparams(Map.of("x", 2))).scalarOne()).isEqualTo(20);   // cached form, new value
            assertThat(conn.execute(select.bindparams(Map.of("x", 2)), Map.of("x", 1)).scalarOne()).isEqualTo(10);
            assertThat(conn.execute(text("SELECT y FROM t WHERE x = :x OR y = :x * 10 ORDER BY y"), Map.of("x", 2))
                    .scalars().all()).containsExactly(20);
        }
    }

    @MatrixTest
    void declaredColumnsKeyAndReadTheRows(TestDatabase db) {
        Engine engine = db.engine();
        engine.begin(conn -> {
            conn.execute(text("CREATE TABLE t (x INTEGER, y INTEGER)"));
            conn.execute(text("INSERT INTO t (x, y) VALUES (1, 10)"));
        });
        try (Connection conn = engine.connect()) {
            Row all = conn.execute(text("SELECT x, y FROM t").columns(new ResultColumn("a", INT_AS_TEXT),
                    new ResultColumn("b", null))).one();
            assertThat(all.keys()).containsExactly("a", "b");
            assertThat(all.values()).containsExactly("#1", 10);
            Row some = conn.execute(text("SELECT x, y FROM t").columns(new ResultColumn("y", INT_AS_TEXT))).one();
            assertThat(some.mapping()).containsExactly(Map.entry("x", 1), Map.entry("y", "#10"));
        }
    }
}
