package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_functions.py} {@code ExecuteTest}: functions in the VALUES and SET of
 * INSERT and UPDATE, overriding column defaults, executed on every database; outcomes as SQLAlchemy asserts them.
 */
@PortedFrom("test/sql/test_functions.py")
class TestFunctionsExecuteConformanceTest {

    /** ExecuteTest.test_update. */
    @MatrixTest
    void test_update(TestDatabase db) {
        Engine engine = db.engine();
        MetaData meta = new MetaData();
        Table t = meta.table("t1", column("id", Types.INTEGER).primaryKey(), column("value", Types.INTEGER));
        Table t2 = meta.table("t2", column("id", Types.INTEGER).primaryKey(),
                column("value", Types.INTEGER).defaultValue(7), column("stuff", Types.string(20)).onupdate("thisisstuff"));
        meta.createAll(engine);
        engine.begin(conn -> {
            conn.execute(insert(t).values(Map.of("value", func.length("one"))));
            assertThat(values(conn.execute(select(t.c("value"))).first()).get(0)).isEqualTo(3);
            conn.execute(update(t).values(Map.of("value", func.length("asfda"))));
            assertThat(values(conn.execute(select(t.c("value"))).first()).get(0)).isEqualTo(5);
            Object id = conn.execute(insert(t).values(Map.of("value", func.length("sfsaafsda")))).insertedPrimaryKey()
                    .values().get(0);
            assertThat(values(conn.execute(select(t.c("value")).where(t.c("id").eq(id))).first()).get(0)).isEqualTo(9);
            conn.execute(update(t).values(t.c("value"), func.length("asdf")));
            assertThat(values(conn.execute(select(t.c("value"))).first()).get(0)).isEqualTo(4);

            conn.execute(insert(t2));
            conn.execute(insert(t2).values(Map.of("value", func.length("one"))));
            conn.execute(insert(t2).values(Map.of("value", func.length("asfda").plus(-19))), Map.of("stuff", "hi"));
            assertThat(sorted(conn.execute(select(t2.c("value"), t2.c("stuff"))).all()))
                    .containsExactly(List.of(-14, "hi"), java.util.Arrays.asList(3, null), java.util.Arrays.asList(7, null));

            conn.execute(update(t2).values(Map.of("value", func.length("asdsafasd"))), Map.of("stuff", "some stuff"));
            assertThat(sorted(conn.execute(select(t2.c("value"), t2.c("stuff"))).all()))
                    .containsExactly(List.of(9, "some stuff"), List.of(9, "some stuff"), List.of(9, "some stuff"));

            conn.execute(delete(t2));
            conn.execute(insert(t2).values(Map.of("value", func.length("one").plus(8))));
            assertThat(values(conn.execute(select(t2.c("value"))).first()).get(0)).isEqualTo(11);

            conn.execute(update(t2).values(Map.of("value", func.length("asfda"))));
            assertThat(values(conn.execute(select(t2.c("value"), t2.c("stuff"))).first()))
                    .containsExactly(5, "thisisstuff");

            conn.execute(update(t2).values(t2.c("value"), func.length("asfdaasdf")).values(t2.c("stuff"), "foo"));
            assertThat(values(conn.execute(select(t2.c("value"), t2.c("stuff"))).first())).containsExactly(9, "foo");
        });
    }

    private static List<Object> values(io.alchemy.engine.Row row) {
        List<Object> values = new ArrayList<>();
        for (Object v : row.values()) {
            values.add(v instanceof Number n ? (Object) n.intValue() : v);
        }
        return values;
    }

    private static List<List<Object>> sorted(List<io.alchemy.engine.Row> rows) {
        List<List<Object>> result = new ArrayList<>();
        rows.forEach(r -> result.add(values(r)));
        result.sort(Comparator.comparing(r -> ((Number) r.get(0)).intValue()));
        return result;
    }
}
