package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.MatrixRows.query;
import static io.alchemy.sql.conformance.MatrixRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * The constructs whose SQL the ported SQLAlchemy cases found silently wrong, executed on every database of the matrix: each returns the
 * rows SQLAlchemy's SQL returns (a join its joined rows, not a cartesian product; {@code = NULL} no longer
 * matching nothing; and so on). Fixture: parents 1 (p1), 2 (p2), 3 (no data); children 1 (p1, c1), 2 (p1, c2),
 * 3 (p2, c3); grandchildren 1 (child 1), 2 (child 3).
 */
class ConformanceMatrixTest {
    private final ParentChildTables tables = new ParentChildTables();
    private final MetaData metadata = tables.metadata;
    private final Table parent = tables.parent;
    private final Table child = tables.child;
    private final Table grandchild = tables.grandchild;

    private Engine load(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        engine.begin(conn -> {
            conn.execute(insert(parent), List.of(Map.of("id", 1, "data", "p1"), Map.of("id", 2, "data", "p2")));
            conn.execute(insert(parent).values(Map.of("id", 3)));
            conn.execute(insert(child), List.of(Map.of("id", 1, "parent_id", 1, "data", "c1"),
                    Map.of("id", 2, "parent_id", 1, "data", "c2"), Map.of("id", 3, "parent_id", 2, "data", "c3")));
            conn.execute(insert(grandchild), List.of(Map.of("id", 1, "child_id", 1), Map.of("id", 2, "child_id", 3)));
        });
        return engine;
    }

    @MatrixTest
    void selectOfAJoinReturnsTheJoinedRows(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(parent.join(child)).orderBy(child.c("id")))).containsExactly(
                row(1, "p1", 1, 1, "c1"), row(1, "p1", 2, 1, "c2"), row(2, "p2", 3, 2, "c3"));
    }

    @MatrixTest
    void comparisonWithNullIsIsNull(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(parent.c("id")).where(parent.c("data").eq(null_())))).containsExactly(row(3));
        assertThat(query(engine, select(parent.c("id")).where(parent.c("data").ne(null_())).orderBy(parent.c("id"))))
                .containsExactly(row(1), row(2));
    }

    @MatrixTest
    void rightNestedJoinRuns(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(parent.c("id"), child.c("id"), grandchild.c("id"))
                .outerjoinFrom(parent, child.join(grandchild)).orderBy(parent.c("id"))))
                .containsExactly(row(1, 1, 1), row(2, 3, 2), row(3, null, null));
    }

    @MatrixTest
    void textOperandsAreSql(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(child.c("id")).where(child.c("id").in(text("1, 3"))).orderBy(child.c("id"))))
                .containsExactly(row(1), row(3));
        assertThat(query(engine, select(child.c("id")).where(child.c("data").contains(text("'2'")))))
                .containsExactly(row(2));
    }

    @MatrixTest
    void inScalarSubquery(TestDatabase db) {
        Engine engine = load(db);
        var p1 = select(parent.c("id")).where(parent.c("data").eq("p1")).scalarSubquery();
        assertThat(query(engine, select(child.c("id")).where(child.c("parent_id").in(p1)).orderBy(child.c("id"))))
                .containsExactly(row(1), row(2));
    }

    @MatrixTest
    void stringPlusConcatenates(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(parent.c("data").plus("-x")).where(parent.c("id").eq(1))))
                .containsExactly(row("p1-x"));
    }

    @MatrixTest
    void labelInsideAnOrderByFunction(TestDatabase db) {
        Engine engine = load(db);
        var foo = child.c("id").neg().label("foo");
        assertThat(query(engine, select(foo).orderBy(func.call("abs", foo).desc())))
                .containsExactly(row(-3), row(-2), row(-1));
    }

    @MatrixTest
    void joinSurvivesWithOnlyColumns(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(parent).join(child).withOnlyColumns(child.c("id"))
                .where(parent.c("data").eq("p1")).orderBy(child.c("id")))).containsExactly(row(1), row(2));
    }

    @MatrixTest
    void singleFromSubqueryDoesNotAutoCorrelate(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(parent.c("id"))
                .where(parent.c("id").eq(select(func.max(parent.c("id"))).scalarSubquery()))))
                .containsExactly(row(3));
    }

    @MatrixTest
    void orderByNameOfAnUnselectedColumn(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(child.c("id")).orderBy(desc("data")))).containsExactly(row(3), row(2), row(1));
    }
}
