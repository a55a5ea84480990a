package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.TABLE1;
import static io.alchemy.sql.conformance.Fixtures.TABLE2;
import static io.alchemy.sql.conformance.Fixtures.TABLE3;
import static io.alchemy.sql.conformance.Fixtures.col;
import static io.alchemy.sql.conformance.Fixtures.table;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.sql.TableClause;
import io.alchemy.types.Types;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_compiler.py}, {@code SelectTest}: joins in the columns clause and in
 * {@code select_from}, nested joins, and {@code +} between strings. Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_compiler.py")
class TestCompilerConformanceTest {
    private final TableClause table1 = TABLE1;
    private final TableClause table2 = TABLE2;
    private final TableClause table3 = TABLE3;

    /** test_compiler.py SelectTest.test_joins, first case: {@code join(table2, table1, on).select()}. */
    @Test
    void test_joins_selectOfJoin() {
        assertCompile(select(table2.join(table1, table1.c("myid").eq(table2.c("otherid")))),
                "SELECT myothertable.otherid, myothertable.othername, "
                        + "mytable.myid, mytable.name, mytable.description FROM "
                        + "myothertable JOIN mytable ON mytable.myid = myothertable.otherid");
    }

    /** test_compiler.py SelectTest.test_joins, second case: a join in {@code select_from}. */
    @Test
    void test_joins_selectFrom() {
        assertCompile(select(table1).selectFrom(table1.join(table2, table1.c("myid").eq(table2.c("otherid")))),
                "SELECT mytable.myid, mytable.name, mytable.description FROM "
                        + "mytable JOIN myothertable ON mytable.myid = myothertable.otherid");
    }

    /** test_compiler.py SelectTest.test_joins, third case: {@code select(join(join(t1, t2), t3))}. */
    @Test
    void test_joins_selectOfNestedJoin() {
        assertCompile(select(table1.join(table2, table1.c("myid").eq(table2.c("otherid")))
                        .join(table3, table1.c("myid").eq(table3.c("userid")))),
                "SELECT mytable.myid, mytable.name, mytable.description, "
                        + "myothertable.otherid, myothertable.othername, "
                        + "thirdtable.userid, "
                        + "thirdtable.otherstuff FROM mytable JOIN myothertable "
                        + "ON mytable.myid ="
                        + " myothertable.otherid JOIN thirdtable ON "
                        + "mytable.myid = thirdtable.userid");
    }

    /** test_compiler.py SelectTest.test_joins, fourth case: {@code join(users, addresses, …).select()}. */
    @Test
    void test_joins_selectOfJoinWithDuplicateColumnName() {
        TableClause users = untyped("users", "user_id", "user_name", "password");
        TableClause addresses = untyped("addresses", "address_id", "user_id", "street", "city", "state", "zip");
        assertCompile(select(users.join(addresses, users.c("user_id").eq(addresses.c("user_id")))),
                "SELECT users.user_id, users.user_name, users.password, "
                        + "addresses.address_id, addresses.user_id AS user_id_1, "
                        + "addresses.street, "
                        + "addresses.city, addresses.state, addresses.zip "
                        + "FROM users JOIN addresses "
                        + "ON users.user_id = addresses.user_id");
    }

    /** test_compiler.py SelectTest.test_joins, fifth case: join then outerjoin in {@code select_from}. */
    @Test
    void test_joins_joinThenOuterjoin() {
        assertCompile(select(table1, table2, table3).selectFrom(
                        table1.join(table2, table1.c("myid").eq(table2.c("otherid")))
                                .outerjoin(table3, table1.c("myid").eq(table3.c("userid")))),
                "SELECT mytable.myid, mytable.name, mytable.description, "
                        + "myothertable.otherid, myothertable.othername, "
                        + "thirdtable.userid,"
                        + " thirdtable.otherstuff FROM mytable "
                        + "JOIN myothertable ON mytable.myid "
                        + "= myothertable.otherid LEFT OUTER JOIN thirdtable "
                        + "ON mytable.myid ="
                        + " thirdtable.userid");
    }

    /** test_compiler.py SelectTest.test_joins, sixth case: a join on the right of an outer join is grouped. */
    @Test
    void test_joins_rightNestedJoin() {
        assertCompile(select(table1, table2, table3).selectFrom(
                        table1.outerjoin(table2.join(table3, table2.c("otherid").eq(table3.c("userid"))),
                                table1.c("myid").eq(table2.c("otherid")))),
                "SELECT mytable.myid, mytable.name, mytable.description, "
                        + "myothertable.otherid, myothertable.othername, "
                        + "thirdtable.userid,"
                        + " thirdtable.otherstuff FROM mytable LEFT OUTER JOIN "
                        + "(myothertable "
                        + "JOIN thirdtable ON myothertable.otherid = "
                        + "thirdtable.userid) ON "
                        + "mytable.myid = myothertable.otherid");
    }

    /** test_compiler.py SelectTest.test_full_outer_join ({@code table1.join(table2, …, full=True)}). */
    @Test
    void test_full_outer_join() {
        assertCompile(select(table1).selectFrom(table1.fullJoin(table2, table1.c("myid").eq(table2.c("otherid")))),
                "SELECT mytable.myid, mytable.name, mytable.description FROM "
                        + "mytable FULL OUTER JOIN myothertable "
                        + "ON mytable.myid = myothertable.otherid");
    }

    /** test_compiler.py SelectTest.test_literal, second case: {@code literal("foo") + literal("bar")}. */
    @Test
    void test_literal() {
        assertCompile(select(literal("foo").plus(literal("bar"))).selectFrom(table1),
                "SELECT :param_1 || :param_2 AS anon_1 FROM mytable");
    }

    /**
     * test_compiler.py SelectTest.test_scalar_select ("test expressions against scalar selects"): a String scalar
     * subquery plus {@code literal("x")} concatenates.
     */
    @Test
    void test_scalar_select_plusLiteral() {
        assertCompile(select(select(table1.c("name")).scalarSubquery().plus(literal("x"))),
                "SELECT (SELECT mytable.name FROM mytable) || :param_1 AS anon_1");
    }

    /** test_compiler.py SelectTest.test_order_by_labels_enabled: a label inside a function renders its element. */
    @Test
    void test_order_by_labels_enabled() {
        var lab1 = table1.c("myid").plus(12).label("foo");
        var lab2 = func.call("somefunc", table1.c("name")).label("bar");
        assertCompile(select(lab1, lab2).orderBy(func.call("hoho", lab1), lab2.desc()),
                "SELECT mytable.myid + :myid_1 AS foo, "
                        + "somefunc(mytable.name) AS bar FROM mytable "
                        + "ORDER BY hoho(mytable.myid + :myid_1), bar DESC");
    }

    static TableClause untyped(String name, String... columns) {
        var cols = new io.alchemy.sql.ColumnClause<?>[columns.length];
        for (int i = 0; i < columns.length; i++) {
            cols[i] = col(columns[i], Types.NULLTYPE);
        }
        return table(name, cols);
    }
}
