package io.alchemy.engine;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.ResultColumn;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Result columns are read through a plan built once per compiled statement and cached with it. */
class ResultPlanTest {

    @MatrixTest
    void statementsOfOneShapeShareTheirCompiledFormAndResultPlan(TestDatabase db) {
        Engine engine = db.engine();
        Table users = new MetaData().table("plan_users", column("id", INTEGER).primaryKey(), column("name", STRING));
        users.metadata().createAll(engine);
        CompiledCache cache = ((DefaultEngine) engine).cache();
        CompiledCache.Lookup first = cache.lookup(select(users).where(users.c("id").eq(1)), engine.dialect(),
                CompileOptions.DEFAULT);
        CompiledCache.Lookup second = cache.lookup(select(users).where(users.c("id").eq(2)), engine.dialect(),
                CompileOptions.DEFAULT);
        assertThat(second.compiled()).isSameAs(first.compiled());
        assertThat(second.results()).isSameAs(first.results());
        engine.begin(conn -> conn.execute(io.alchemy.Alchemy.insert(users), List.of(Map.of("id", 1, "name", "sandy"),
                Map.of("id", 2, "name", "patrick"))));
        try (Connection conn = engine.connect()) {
            for (int id = 1; id <= 2; id++) {                      // the cached plan reads each result by index
                Row row = conn.execute(select(users).where(users.c("id").eq(id))).one();
                assertThat(row.keys()).containsExactly("id", "name");
                assertThat(row.get(0)).isEqualTo(id);
            }
        }
    }

    @MatrixTest
    void aFullyTypedPlanReadsEveryResultWithOneReader(TestDatabase db) throws SQLException {
        ResultPlan plan = ResultPlan.of(List.of(new ResultColumn("a", INTEGER), new ResultColumn("b", STRING)),
                db.engine().dialect());
        try (java.sql.Connection jdbc = db.openJdbc(); java.sql.Statement statement = jdbc.createStatement()) {
            RowReader first = readerOf(plan, statement, "SELECT 1 AS x, 'one' AS y");
            RowReader second = readerOf(plan, statement, "SELECT 2 AS z, 'two' AS w");
            assertThat(second).isSameAs(first);
            assertThat(first.keys().names()).containsExactly("a", "b");
            assertThat(readerOf(plan, statement, "SELECT 1 AS x")).isNotSameAs(first); // not the declared columns
        }
    }

    @MatrixTest
    void aPlanFromDriverMetadataIsKeptWhileTheMetadataIsTheSame(TestDatabase db) throws SQLException {
        ResultPlan plan = ResultPlan.of(List.of(), db.engine().dialect());
        try (java.sql.Connection jdbc = db.openJdbc(); java.sql.Statement statement = jdbc.createStatement()) {
            RowReader first = readerOf(plan, statement, "SELECT 1 AS a, 'one' AS b");
            assertThat(readerOf(plan, statement, "SELECT 2 AS a, 'two' AS b")).isSameAs(first);
            RowReader renamed = readerOf(plan, statement, "SELECT 2 AS c, 'two' AS b");
            assertThat(renamed).isNotSameAs(first);
            assertThat(renamed.keys().names()).containsExactly("c", "b");
        }
    }

    @MatrixTest
    void oneTextStatementWhoseColumnTypeVariesIsReadCorrectlyEachTime(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            // SQLite types an expression column by the value of its first row: INTEGER, then REAL, then INTEGER
            String sql = "SELECT CASE WHEN :n = 1 THEN 3 ELSE 1.5 END AS v";
            for (int n : new int[] {1, 2, 1, 2}) {
                Object value = conn.execute(text(sql), Map.of("n", n)).scalar();
                assertThat(new BigDecimal(value.toString())).isEqualByComparingTo(n == 1 ? "3" : "1.5");
            }
        }
    }

    private static RowReader readerOf(ResultPlan plan, java.sql.Statement statement, String sql) throws SQLException {
        try (ResultSet resultSet = statement.executeQuery(sql)) {
            ResultSetMetaData meta = resultSet.getMetaData();
            return plan.reader(meta);
        }
    }
}
