package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.MatrixRows.query;
import static io.alchemy.sql.conformance.MatrixRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.Cte;
import io.alchemy.testing.Capability;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.RequiresCapability;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.List;
import java.util.Map;

/**
 * The constructs of test_operators.py, test_select.py, test_text.py and test_cte.py that were fixed or added for
 * their ported cases, executed on every database of the matrix: nesting and recursive CTEs, CTE aliases, a
 * recursive CTE restated by its UNION, textual SELECTs as subquery / CTE / scalar subquery / UNION member, text FROM elements and
 * criteria, IS / IS NOT, LIKE with a custom ESCAPE, the case-insensitive LIKE family, folded AND/OR constants and
 * DISTINCT ON a label. Fixture: parents 1 (p1), 2 (p2), 3 (no data); children 1 (p1, c1), 2 (p1, c2), 3 (p2, c3).
 */
class SelectableConformanceMatrixTest {
    private final ParentChildTables tables = new ParentChildTables();
    private final MetaData metadata = tables.metadata;
    private final Table parent = tables.parent;
    private final Table child = tables.child;

    private Engine load(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        engine.begin(conn -> {
            conn.execute(insert(parent), List.of(Map.of("id", 1, "data", "p1"), Map.of("id", 2, "data", "p2")));
            conn.execute(insert(parent).values(Map.of("id", 3)));
            conn.execute(insert(child), List.of(Map.of("id", 1, "parent_id", 1, "data", "c1"),
                    Map.of("id", 2, "parent_id", 1, "data", "c2"), Map.of("id", 3, "parent_id", 2, "data", "c3")));
        });
        return engine;
    }

    @MatrixTest
    void nestingCteIsDefinedInsideTheCteThatUsesIt(TestDatabase db) {
        Engine engine = load(db);
        Cte nesting = select(parent.c("id").label("pid")).where(parent.c("data").isNot(null)).cte("nesting", false,
                true);
        Cte outer = select(nesting.c("pid").label("outer_id")).cte("outer_cte");
        var stmt = select(outer.c("outer_id")).orderBy(outer.c("outer_id"));
        assertThat(stmt.toString()).contains("outer_cte AS \n(WITH nesting AS");
        assertThat(query(engine, stmt)).containsExactly(row(1), row(2));
    }

    @MatrixTest
    void recursiveCteCounts(TestDatabase db) {
        Engine engine = load(db);
        Cte counter = select(literal(1, Types.INTEGER).label("n")).cte("counter", true);
        counter = counter.unionAll(select(counter.c("n").plus(1)).where(counter.c("n").lt(3)));
        assertThat(query(engine, select(counter.c("n")).orderBy(counter.c("n")))).containsExactly(row(1), row(2),
                row(3));
    }

    @MatrixTest
    void recursiveCteRestatedByItsUnionIsDefinedOnce(TestDatabase db) {
        Engine engine = load(db);
        Cte first = select(literal(1, Types.INTEGER).label("n")).cte("counter", true);
        Cte bar = select(first.c("n")).cte("bar");
        Cte counter = first.unionAll(select(first.c("n").plus(1)).where(first.c("n").lt(3)));
        // bar refers to the CTE's first SELECT, the statement to its UNION: one definition, the recursive one
        var stmt = select(bar.c("n"), counter.c("n")).orderBy(bar.c("n"), counter.c("n"));
        assertThat(query(engine, stmt)).hasSize(9).contains(row(3, 3));
    }

    @MatrixTest
    void cteAliasJoinsTheCteWithItself(TestDatabase db) {
        Engine engine = load(db);
        Cte kids = select(child.c("id"), child.c("parent_id")).cte("kids");
        Cte sibling = kids.alias("sibling");
        var stmt = select(kids.c("id"), sibling.c("id")).selectFrom(kids.join(sibling,
                and(kids.c("parent_id").eq(sibling.c("parent_id")), kids.c("id").lt(sibling.c("id")))));
        assertThat(query(engine, stmt)).containsExactly(row(1, 2));
    }

    @MatrixTest
    void textualSelectAsSubqueryCteAndScalar(TestDatabase db) {
        Engine engine = load(db);
        var text = text("SELECT id, data FROM parent WHERE data IS NOT NULL")
                .columns(col("id", Types.INTEGER), col("data", Types.STRING));
        var sub = text.subquery("p");
        assertThat(query(engine, select(sub.c("data"), child.c("data")).selectFrom(child.join(sub,
                child.c("parent_id").eq(sub.c("id")))).orderBy(child.c("id"))))
                .containsExactly(row("p1", "c1"), row("p1", "c2"), row("p2", "c3"));
        var cte = text.cte("tp");
        assertThat(query(engine, select(cte.c("id")).orderBy(cte.c("id")))).containsExactly(row(1), row(2));
        var max = text("SELECT max(id) FROM child").columns(col("m", Types.INTEGER));
        assertThat(query(engine, select(child.c("data")).where(child.c("id").eq(max.scalarSubquery()))))
                .containsExactly(row("c3"));
    }

    @MatrixTest
    void textualSelectInAUnion(TestDatabase db) {
        Engine engine = load(db);
        var texts = text("SELECT id FROM parent WHERE id = 3").columns(col("id", Types.INTEGER)).textualSelect();
        var stmt = union(select(child.c("id")).where(child.c("id").lt(3)), texts);
        List<List<Object>> rows = query(engine, stmt);
        assertThat(rows).containsExactlyInAnyOrder(row(1), row(2), row(3));
    }

    @MatrixTest
    void textFromAndTextCriteria(TestDatabase db) {
        Engine engine = load(db);
        var stmt = select(literalColumn("c.data")).selectFrom(text("child c JOIN parent p ON c.parent_id = p.id"))
                .where(and(text("p.data = :pd").bindparams(Map.of("pd", "p1")), literalColumn("c.id").gt(1)));
        assertThat(query(engine, stmt)).containsExactly(row("c2"));
    }

    @MatrixTest
    void isAndIsNot(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(parent.c("id")).where(parent.c("data").is(null)))).containsExactly(row(3));
        assertThat(query(engine, select(parent.c("id")).where(parent.c("data").isNot(null)).orderBy(parent.c("id"))))
                .containsExactly(row(1), row(2));
    }

    @MatrixTest
    void likeWithACustomEscape(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(child.c("id")).where(child.c("data").like("c_", "^")).orderBy(child.c("id"))))
                .containsExactly(row(1), row(2), row(3));
        assertThat(query(engine, select(child.c("id")).where(child.c("data").like("c^_", "^")))).isEmpty();
        assertThat(query(engine, select(child.c("id")).where(child.c("data").contains("_", "^", true)))).isEmpty();
        assertThat(query(engine, select(child.c("id")).where(child.c("data").startswith("c", "^", true))
                .orderBy(child.c("id")))).containsExactly(row(1), row(2), row(3));
    }

    @MatrixTest
    void caseInsensitiveLikeFamily(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(child.c("id")).where(child.c("data").icontains("C2")))).containsExactly(row(2));
        assertThat(query(engine, select(child.c("id")).where(child.c("data").istartswith("C")).orderBy(child.c("id"))))
                .containsExactly(row(1), row(2), row(3));
        assertThat(query(engine, select(child.c("id")).where(child.c("data").iendswith("3")))).containsExactly(row(3));
        assertThat(query(engine, select(child.c("id")).where(not(child.c("data").icontains("C")))))
                .isEmpty();
    }

    @MatrixTest
    void andOrFoldTheirConstants(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(parent.c("id")).where(or(false_(), parent.c("id").eq(1)))))
                .containsExactly(row(1));
        assertThat(query(engine, select(parent.c("id")).where(and(true_(), parent.c("id").eq(2)))))
                .containsExactly(row(2));
        assertThat(query(engine, select(parent.c("id")).where(and(parent.c("id").eq(2), false_())))).isEmpty();
    }

    @MatrixTest
    @RequiresCapability(Capability.DISTINCT_ON)
    void distinctOnALabel(TestDatabase db) {
        Engine engine = load(db);
        var pid = child.c("parent_id").label("pid");
        assertThat(query(engine, select(pid, child.c("id")).distinct("pid").orderBy(pid, child.c("id"))))
                .containsExactly(row(1, 1), row(2, 3));
    }

    private static io.alchemy.sql.ColumnClause<?> col(String name, io.alchemy.types.SqlType<?> type) {
        return new io.alchemy.sql.ColumnClause<>(name, type);
    }
}
