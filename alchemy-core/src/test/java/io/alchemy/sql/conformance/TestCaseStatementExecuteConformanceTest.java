package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.Executable;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_case_statement.py} {@code CaseTest}'s executed cases over its
 * {@code info_table} (pk 1–6, info {@code pk_N_data}), on every database; outcomes as SQLAlchemy asserts them.
 */
@PortedFrom("test/sql/test_case_statement.py")
class TestCaseStatementExecuteConformanceTest {
    private final MetaData metadata = new MetaData();
    private final Table infoTable = metadata.table("info_table", column("pk", Types.INTEGER).primaryKey(),
            column("info", Types.string(255)));

    private Engine load(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int pk = 1; pk <= 6; pk++) {
            rows.add(Map.of("pk", pk, "info", "pk_" + pk + "_data"));
        }
        engine.begin(conn -> conn.execute(insert(infoTable), rows));
        return engine;
    }

    /** CaseTest.test_case: searched CASE labelled, in a subquery, and with an ELSE. */
    @MatrixTest
    void test_case(TestDatabase db) {
        Engine engine = load(db);
        var pk = infoTable.c("pk");
        var inner = select(caseWhen(pk.lt(3), "lessthan3").when(and(pk.ge(3), pk.lt(7)), "gt3").label("x"), pk,
                infoTable.c("info")).selectFrom(infoTable).orderBy(pk);
        List<List<Object>> expected = List.of(List.of("lessthan3", 1, "pk_1_data"), List.of("lessthan3", 2, "pk_2_data"),
                List.of("gt3", 3, "pk_3_data"), List.of("gt3", 4, "pk_4_data"), List.of("gt3", 5, "pk_5_data"),
                List.of("gt3", 6, "pk_6_data"));
        assertThat(query(engine, inner)).isEqualTo(expected);
        var qInner = inner.subquery("q_inner");
        assertThat(query(engine, select(qInner).orderBy(qInner.c("pk")))).isEqualTo(expected);
        var wElse = select(caseWhen(pk.lt(3), cast(3, Types.INTEGER)).when(and(pk.ge(3), pk.lt(6)), 6).otherwise(0)
                .label("x"), pk, infoTable.c("info")).selectFrom(infoTable).orderBy(pk);
        assertThat(query(engine, wElse)).isEqualTo(List.of(List.of(3, 1, "pk_1_data"), List.of(3, 2, "pk_2_data"),
                List.of(6, 3, "pk_3_data"), List.of(6, 4, "pk_4_data"), List.of(6, 5, "pk_5_data"),
                List.of(0, 6, "pk_6_data")));
    }

    /** CaseTest.testcase_with_dict: searched and simple CASE with ELSE. */
    @MatrixTest
    void testcase_with_dict(TestDatabase db) {
        Engine engine = load(db);
        var pk = infoTable.c("pk");
        var query = select(caseWhen(pk.lt(3), "lessthan3").when(pk.ge(3), "gt3").otherwise("other"), pk,
                infoTable.c("info")).selectFrom(infoTable).orderBy(pk);
        assertThat(query(engine, query)).isEqualTo(List.of(List.of("lessthan3", 1, "pk_1_data"),
                List.of("lessthan3", 2, "pk_2_data"), List.of("gt3", 3, "pk_3_data"), List.of("gt3", 4, "pk_4_data"),
                List.of("gt3", 5, "pk_5_data"), List.of("gt3", 6, "pk_6_data")));
        var simple = select(caseOf(pk).when(1, "one").when(2, "two").otherwise("other"), pk).where(pk.lt(4))
                .selectFrom(infoTable).orderBy(pk);
        assertThat(query(engine, simple)).isEqualTo(List.of(List.of("one", 1), List.of("two", 2),
                List.of("other", 3)));
    }

    private static List<List<Object>> query(Engine engine, Executable statement) {
        List<List<Object>> rows = new ArrayList<>();
        engine.begin(conn -> conn.execute(statement).all().forEach(r -> rows.add(values(r))));
        return rows;
    }

    private static List<Object> values(Row row) {
        return row.values().stream().map(v -> v instanceof Number n ? (Object) n.intValue() : v).toList();
    }
}
