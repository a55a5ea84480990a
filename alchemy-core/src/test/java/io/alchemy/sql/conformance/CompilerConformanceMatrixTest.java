package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.MatrixRows.queryWholeDecimals;
import static io.alchemy.sql.conformance.MatrixRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.CompileError;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The constructs added or fixed while porting SQLAlchemy's {@code test/sql/test_compiler.py}, executed on every
 * database of the matrix: each returns the rows its SQL means there, and a database without the construct refuses
 * it at compile time. Fixture: SQLAlchemy's {@code mytable} (1 a, 2 b, 3 b, 4 c; descriptions x, y, y, NULL) and
 * {@code myothertable} (1 a, 3 c).
 */
class CompilerConformanceMatrixTest {
    private final MetaData metadata = new MetaData();
    private final Table mytable = metadata.table("mytable",
            column("myid", Types.INTEGER).primaryKey(),
            column("name", Types.string(50)),
            column("description", Types.string(50)));
    private final Table myothertable = metadata.table("myothertable",
            column("otherid", Types.INTEGER).primaryKey(),
            column("othername", Types.string(50)));

    private Engine load(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        engine.begin(conn -> {
            conn.execute(insert(mytable), List.of(Map.of("myid", 1, "name", "a", "description", "x"),
                    Map.of("myid", 2, "name", "b", "description", "y"),
                    Map.of("myid", 3, "name", "b", "description", "y")));
            conn.execute(insert(mytable).values(Map.of("myid", 4, "name", "c")));
            conn.execute(insert(myothertable), List.of(Map.of("otherid", 1, "othername", "a"),
                    Map.of("otherid", 3, "othername", "c")));
        });
        return engine;
    }

    @MatrixTest
    void fetchFirstRowsOnly(TestDatabase db) {
        Engine engine = load(db);
        var stmt = select(mytable.c("myid")).orderBy(mytable.c("myid")).offset(1).fetch(2);
        if (!engine.dialect().supportsFetchFirst()) {
            assertThatThrownBy(() -> queryWholeDecimals(engine, stmt)).isInstanceOf(CompileError.class)
                    .hasMessageContaining("FETCH FIRST");
            return;
        }
        assertThat(queryWholeDecimals(engine, stmt)).containsExactly(row(2), row(3));
    }

    @MatrixTest
    void fetchFirstWithTies(TestDatabase db) {
        Engine engine = load(db);
        var stmt = select(mytable.c("myid")).orderBy(mytable.c("name")).fetch(2, false, true);
        if (!engine.dialect().supportsFetchFirst()) {
            assertThatThrownBy(() -> queryWholeDecimals(engine, stmt)).isInstanceOf(CompileError.class);
            return;
        }
        assertThat(queryWholeDecimals(engine, stmt)).containsExactlyInAnyOrder(row(1), row(2), row(3));
    }

    @MatrixTest
    void limitAndOffsetExpressions(TestDatabase db) {
        Engine engine = load(db);
        assertThat(queryWholeDecimals(engine, select(mytable.c("myid")).orderBy(mytable.c("myid")).limit(literalColumn("2"))
                .offset(literalColumn("1")))).containsExactly(row(2), row(3));
        List<List<Object>> rows = new ArrayList<>();
        engine.begin(conn -> conn.execute(select(mytable.c("myid")).orderBy(mytable.c("myid"))
                        .limit(bindparam("lim", Types.INTEGER)), Map.of("lim", 1))
                .all().forEach(r -> rows.add(MatrixRows.values(r, true))));
        assertThat(rows).containsExactly(row(1));
    }

    @MatrixTest
    void slice(TestDatabase db) {
        Engine engine = load(db);
        assertThat(queryWholeDecimals(engine, select(mytable.c("myid")).orderBy(mytable.c("myid")).slice(1, 3)))
                .containsExactly(row(2), row(3));
    }

    @MatrixTest
    void prefixWith(TestDatabase db) {
        Engine engine = load(db);
        assertThat(queryWholeDecimals(engine, select(mytable.c("name")).prefixWith("DISTINCT").orderBy(mytable.c("name"))))
                .containsExactly(row("a"), row("b"), row("c"));
    }

    @MatrixTest
    void collate(TestDatabase db) {
        Engine engine = load(db);
        String collation = switch (db.name()) {
            case "sqlite" -> "BINARY";
            case "postgresql" -> "\"C\"";
            case "mariadb" -> "utf8mb4_bin";
            default -> null;
        };
        if (collation == null) {
            return; // H2 has no COLLATE in expressions
        }
        engine.begin(conn -> conn.execute(insert(mytable).values(Map.of("myid", 5, "name", "B"))));
        assertThat(queryWholeDecimals(engine, select(mytable.c("name")).where(mytable.c("myid").in(2, 5))
                .orderBy(mytable.c("name").collate(collation)))).containsExactly(row("B"), row("b"));
        assertThat(queryWholeDecimals(engine, select(mytable.c("myid")).where(mytable.c("name").collate(collation).eq("B"))))
                .containsExactly(row(5));
    }

    @MatrixTest
    void groupsFrame(TestDatabase db) {
        Engine engine = load(db);
        var total = func.sum(mytable.c("myid")).over(orderBy(mytable.c("name")).groups(null, 0));
        var stmt = select(mytable.c("myid"), total).orderBy(mytable.c("myid"));
        if (!engine.dialect().supportsGroupsFrame()) {
            assertThatThrownBy(() -> queryWholeDecimals(engine, stmt)).isInstanceOf(CompileError.class)
                    .hasMessageContaining("GROUPS");
            return;
        }
        assertThat(queryWholeDecimals(engine, stmt)).containsExactly(row(1, 1), row(2, 6), row(3, 6), row(4, 10));
    }

    @MatrixTest
    void existsWithoutColumns(TestDatabase db) {
        Engine engine = load(db);
        var e = exists().where(myothertable.c("otherid").eq(mytable.c("myid"))).correlate(mytable);
        assertThat(queryWholeDecimals(engine, select(mytable.c("myid")).where(e).orderBy(mytable.c("myid"))))
                .containsExactly(row(1), row(3));
        assertThat(queryWholeDecimals(engine, select(mytable.c("myid")).where(not(exists(literalColumn("1"))
                .selectFrom(myothertable).where(myothertable.c("otherid").eq(mytable.c("myid")))))
                .orderBy(mytable.c("myid")))).containsExactly(row(2), row(4));
    }

    @MatrixTest
    void aliasOfAliasAndSubquery(TestDatabase db) {
        Engine engine = load(db);
        var a = mytable.alias("foo").alias("bar").alias();
        assertThat(queryWholeDecimals(engine, select(a.c("myid")).where(a.c("name").eq("a")))).containsExactly(row(1));
        var sq = select(mytable).where(mytable.c("name").eq("b")).subquery().alias("x").alias();
        assertThat(queryWholeDecimals(engine, select(sq.c("myid")).orderBy(sq.c("myid")))).containsExactly(row(2), row(3));
    }

    @MatrixTest
    void castToNumeric(TestDatabase db) {
        Engine engine = load(db);
        List<List<Object>> rows = queryWholeDecimals(engine, select(cast(mytable.c("myid"), Types.numeric(10, 2)))
                .where(mytable.c("myid").eq(2)));
        assertThat(new BigDecimal(rows.get(0).get(0).toString()).compareTo(new BigDecimal("2.00"))).isZero();
    }

    @MatrixTest
    void uniqueBindParameters(TestDatabase db) {
        Engine engine = load(db);
        assertThat(queryWholeDecimals(engine, select(mytable.c("myid"))
                .where(or(mytable.c("myid").eq(bindparam("id", Types.INTEGER, 1).unique()),
                        mytable.c("myid").eq(bindparam("id", Types.INTEGER, 4).unique())))
                .orderBy(mytable.c("myid")))).containsExactly(row(1), row(4));
    }

    @MatrixTest
    void scalarSubqueryWhereAndOrderByReset(TestDatabase db) {
        Engine engine = load(db);
        var maxId = select(func.max(myothertable.c("otherid"))).scalarSubquery()
                .where(myothertable.c("othername").eq("a"));
        assertThat(queryWholeDecimals(engine, select(mytable.c("myid")).where(mytable.c("myid").eq(maxId))
                .orderBy(mytable.c("name")).orderBy((Object) null))).containsExactly(row(1));
    }

    @MatrixTest
    void labelComparedWithAValue(TestDatabase db) {
        Engine engine = load(db);
        var doubled = mytable.c("myid").times(2).label("doubled");
        assertThat(queryWholeDecimals(engine, select(doubled).where(doubled.gt(5)).orderBy(doubled)))
                .containsExactly(row(6), row(8));
    }

    @MatrixTest
    void compositePrimaryKeyWithAutoincrementColumn(TestDatabase db) {
        MetaData own = new MetaData();
        Table t = own.table("autoinc_pk", column("a", Types.INTEGER).primaryKey(),
                column("b", Types.INTEGER).primaryKey().autoincrement(true));
        Engine engine = db.engine();
        own.createAll(engine);
        engine.begin(conn -> conn.execute(insert(t), List.of(Map.of("a", 1, "b", 10), Map.of("a", 1, "b", 11))));
        assertThat(queryWholeDecimals(engine, select(t.c("b")).orderBy(t.c("b")))).containsExactly(row(10), row(11));
    }

    @MatrixTest
    void booleanColumnsAndConstantsAsCriteria(TestDatabase db) {
        MetaData own = new MetaData();
        Table flags = own.table("flags", column("id", Types.INTEGER).primaryKey(), column("x", Types.BOOLEAN));
        Engine engine = db.engine();
        own.createAll(engine);
        engine.begin(conn -> conn.execute(insert(flags), List.of(Map.of("id", 1, "x", true),
                Map.of("id", 2, "x", false))));
        assertThat(queryWholeDecimals(engine, select(flags.c("id")).where(flags.c("x")))).containsExactly(row(1));
        assertThat(queryWholeDecimals(engine, select(flags.c("id")).where(not(flags.c("x"))))).containsExactly(row(2));
        assertThat(queryWholeDecimals(engine, select(flags.c("id")).where(true_(), flags.c("x")))).containsExactly(row(1));
        assertThat(queryWholeDecimals(engine, select(flags.c("id")).where(or(false_(), not(flags.c("x"))))))
                .containsExactly(row(2));
        assertThat(queryWholeDecimals(engine, select(flags.c("id")).where(and(flags.c("x"), false_())))).isEmpty();
    }

    @MatrixTest
    void ddlIfExistsAndIfNotExists(TestDatabase db) {
        MetaData own = new MetaData();
        Table t = own.table("ddl_exists", column("q", Types.INTEGER), index("ix_ddl_exists_q", "q"));
        Engine engine = db.engine();
        engine.begin(conn -> {
            for (int i = 0; i < 2; i++) {
                conn.execute(new io.alchemy.schema.CreateTable(t).ifNotExists());
                conn.execute(new io.alchemy.schema.CreateIndex(t.indexes().get(0)).ifNotExists());
            }
            conn.execute(insert(t).values(Map.of("q", 1)));
        });
        assertThat(queryWholeDecimals(engine, select(t.c("q")))).containsExactly(row(1));
        engine.begin(conn -> {
            conn.execute(new io.alchemy.schema.DropIndex(t.indexes().get(0)).ifExists());
            conn.execute(new io.alchemy.schema.DropIndex(t.indexes().get(0)).ifExists());
            conn.execute(new io.alchemy.schema.DropTable(t).ifExists());
            conn.execute(new io.alchemy.schema.DropTable(t).ifExists());
        });
    }

    @MatrixTest
    void repeatedColumnAndItsCastAreLabelledApart(TestDatabase db) {
        Engine engine = load(db);
        List<List<Object>> rows = queryWholeDecimals(engine, select(mytable, mytable.c("myid"),
                cast(mytable.c("myid"), Types.numeric(10, 0))).where(mytable.c("myid").eq(1)));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).subList(0, 4)).containsExactly(1L, "a", "x", 1L);
        assertThat(new BigDecimal(rows.get(0).get(4).toString()).intValue()).isEqualTo(1);
    }
}
