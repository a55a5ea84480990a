package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.CompiledCacheStats;
import io.alchemy.engine.Engine;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.Map;

/** The compiled-statement cache with expression-language statements: one compilation per shape, current values. */
class StatementCacheMatrixTest {

    @MatrixTest
    void oneShapeRunTenThousandTimesCompilesOnceAndBindsEachStatementsOwnValues(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        CompiledCacheStats before = engine.compiledCacheStats();
        long[] matched = new long[1];
        engine.begin(conn -> {
            for (int i = 0; i < 10_000; i++) {
                String name = i % 2 == 0 ? "sandy" : "patrick";
                Object id = conn.execute(select(t.user.c("id")).where(t.user.c("name").eq(name))).scalarOne();
                matched[0] += ((Number) id).longValue() == (i % 2 == 0 ? 2 : 3) ? 1 : 0;
            }
        });
        CompiledCacheStats after = engine.compiledCacheStats();
        assertThat(matched[0]).isEqualTo(10_000);
        assertThat(after.misses() - before.misses()).isEqualTo(1);
        assertThat(after.hits() - before.hits()).isEqualTo(9_999);
    }

    @MatrixTest
    void cachedInListsExpandForEachStatementsValues(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        assertThat(query(engine, select(t.user.c("id")).where(t.user.c("id").in(1, 2)).orderBy(t.user.c("id"))))
                .containsExactly(row(1), row(2));
        assertThat(query(engine, select(t.user.c("id")).where(t.user.c("id").in(3)).orderBy(t.user.c("id"))))
                .containsExactly(row(3));
        assertThat(query(engine, select(t.user.c("id")).where(t.user.c("id").in(1, 2, 3)).orderBy(t.user.c("id"))))
                .containsExactly(row(1), row(2), row(3));
        assertThat(engine.compiledCacheStats().hits()).isGreaterThanOrEqualTo(2);
    }

    @MatrixTest
    void insertsOfDifferentColumnSetsCompileSeparately(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().create(engine);
        engine.begin(conn -> {
            conn.execute(insert(t.user), Map.of("name", "a"));
            conn.execute(insert(t.user), Map.of("name", "b", "fullname", "B"));
            conn.execute(insert(t.user), Map.of("name", "c"));
        });
        assertThat(query(engine, select(t.user.c("name"), t.user.c("fullname")).orderBy(t.user.c("id"))))
                .containsExactly(row("a", null), row("b", "B"), row("c", null));
    }
}
