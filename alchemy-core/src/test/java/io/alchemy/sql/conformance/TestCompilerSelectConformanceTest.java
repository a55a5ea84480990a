package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.TABLE1;
import static io.alchemy.sql.conformance.Fixtures.TABLE2;
import static io.alchemy.sql.conformance.Fixtures.TABLE3;
import static io.alchemy.sql.conformance.Fixtures.col;
import static io.alchemy.sql.conformance.Fixtures.table;
import static io.alchemy.sql.conformance.TestCompilerConformanceTest.untyped;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ScalarSubquery;
import io.alchemy.sql.Select;
import io.alchemy.sql.Subquery;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_compiler.py}, {@code SelectTest} (first part: table selects, FROM
 * ordering, subqueries, EXISTS, scalar subqueries, ORDER BY labels, conjunctions, DISTINCT, ORDER BY / GROUP BY).
 * Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_compiler.py")
class TestCompilerSelectConformanceTest {
    private final TableClause table1 = TABLE1;
    private final TableClause table2 = TABLE2;
    private final TableClause table3 = TABLE3;
    private final TableClause users = untyped("users", "user_id", "user_name", "password");
    private final TableClause addresses = untyped("addresses", "address_id", "user_id", "street", "city", "state",
            "zip");

    private static ColumnClause<Object> column(String name) {
        return col(name, Types.NULLTYPE);
    }

    /** SelectTest.test_table_select, first case: {@code select(table1)}. */
    @Test
    void test_table_select_one() {
        assertCompile(select(table1), "SELECT mytable.myid, mytable.name, "
                + "mytable.description FROM mytable");
    }

    /** SelectTest.test_table_select, second case: {@code select(table1, table2)}. */
    @Test
    void test_table_select_two() {
        assertCompile(select(table1, table2),
                "SELECT mytable.myid, mytable.name, mytable.description, "
                        + "myothertable.otherid, myothertable.othername FROM mytable, "
                        + "myothertable");
    }

    /** SelectTest.test_limit_offset_no_int_coercion_one, first case: {@code limit(literal_column("Q"))}. */
    @Test
    void test_limit_offset_no_int_coercion_one_literalColumn() {
        assertCompile(select(literalColumn("1")).limit(literalColumn("Q")).offset(literalColumn("Y")),
                "SELECT 1 LIMIT Q OFFSET Y");
    }

    /** SelectTest.test_limit_offset_no_int_coercion_one, second case: {@code limit(bindparam("x"))}. */
    @Test
    void test_limit_offset_no_int_coercion_one_bindparam() {
        assertCompile(select(literalColumn("1")).limit(bindparam("x")).offset(bindparam("y")),
                "SELECT 1 LIMIT :x OFFSET :y");
    }

    /** SelectTest.test_limit_offset, combination (5, 10). */
    @Test
    void test_limit_offset_5_10() {
        assertCompile(select(literalColumn("1")).limit(5).offset(10), "SELECT 1 LIMIT :param_1 OFFSET :param_2",
                Map.of("param_1", 5, "param_2", 10));
    }

    /** SelectTest.test_limit_offset, combination (None, 10). */
    @Test
    void test_limit_offset_none_10() {
        assertCompile(select(literalColumn("1")).offset(10), "SELECT 1 LIMIT -1 OFFSET :param_1",
                Map.of("param_1", 10));
    }

    /** SelectTest.test_limit_offset, combination (5, None). */
    @Test
    void test_limit_offset_5_none() {
        assertCompile(select(literalColumn("1")).limit(5), "SELECT 1 LIMIT :param_1", Map.of("param_1", 5));
    }

    /** SelectTest.test_limit_offset, combination (0, 0). */
    @Test
    void test_limit_offset_0_0() {
        assertCompile(select(literalColumn("1")).limit(0).offset(0), "SELECT 1 LIMIT :param_1 OFFSET :param_2",
                Map.of("param_1", 0, "param_2", 0));
    }

    /** SelectTest.test_limit_offset, combination (literal_column("Q"), literal_column("Y")). */
    @Test
    void test_limit_offset_literalColumns() {
        assertCompile(select(literalColumn("1")).limit(literalColumn("Q")).offset(literalColumn("Y")),
                "SELECT 1 LIMIT Q OFFSET Y", Map.of());
    }

    /** SelectTest.test_limit_offset, combination (column("Q"), column("Y")). */
    @Test
    void test_limit_offset_columns() {
        assertCompile(select(literalColumn("1")).limit(column("Q")).offset(column("Y")),
                "SELECT 1 LIMIT \"Q\" OFFSET \"Y\"", Map.of());
    }

    /** SelectTest.test_fetch, combination (5, 10). */
    @Test
    void test_fetch_5_10() {
        assertCompile(select(literalColumn("1")).fetch(5).offset(10),
                "SELECT 1 OFFSET :param_1 ROWS FETCH FIRST :param_2 ROWS ONLY", Map.of("param_1", 10, "param_2", 5));
    }

    /** SelectTest.test_fetch, combination (None, 10). */
    @Test
    void test_fetch_none_10() {
        assertCompile(select(literalColumn("1")).offset(10), "SELECT 1 LIMIT -1 OFFSET :param_1",
                Map.of("param_1", 10));
    }

    /** SelectTest.test_fetch, combination (5, None). */
    @Test
    void test_fetch_5_none() {
        assertCompile(select(literalColumn("1")).fetch(5), "SELECT 1 FETCH FIRST :param_1 ROWS ONLY",
                Map.of("param_1", 5));
    }

    /** SelectTest.test_fetch, combination (0, 0). */
    @Test
    void test_fetch_0_0() {
        assertCompile(select(literalColumn("1")).fetch(0).offset(0),
                "SELECT 1 OFFSET :param_1 ROWS FETCH FIRST :param_2 ROWS ONLY", Map.of("param_1", 0, "param_2", 0));
    }

    /** SelectTest.test_fetch, combination (5, 10, percent). */
    @Test
    void test_fetch_percent() {
        assertCompile(select(literalColumn("1")).fetch(5, true, false).offset(10),
                "SELECT 1 OFFSET :param_1 ROWS FETCH FIRST :param_2 PERCENT ROWS ONLY",
                Map.of("param_1", 10, "param_2", 5));
    }

    /** SelectTest.test_fetch, combination (5, 10, percent, with_ties). */
    @Test
    void test_fetch_percent_withTies() {
        assertCompile(select(literalColumn("1")).fetch(5, true, true).offset(10),
                "SELECT 1 OFFSET :param_1 ROWS FETCH FIRST :param_2 PERCENT ROWS WITH TIES",
                Map.of("param_1", 10, "param_2", 5));
    }

    /** SelectTest.test_fetch, combination (5, 10, with_ties). */
    @Test
    void test_fetch_withTies() {
        assertCompile(select(literalColumn("1")).fetch(5, false, true).offset(10),
                "SELECT 1 OFFSET :param_1 ROWS FETCH FIRST :param_2 ROWS WITH TIES",
                Map.of("param_1", 10, "param_2", 5));
    }

    /** SelectTest.test_fetch, combination (literal_column("Q"), literal_column("Y")). */
    @Test
    void test_fetch_literalColumns() {
        assertCompile(select(literalColumn("1")).fetch(literalColumn("Q")).offset(literalColumn("Y")),
                "SELECT 1 OFFSET Y ROWS FETCH FIRST Q ROWS ONLY", Map.of());
    }

    /** SelectTest.test_fetch, combination (column("Q"), column("Y")). */
    @Test
    void test_fetch_columns() {
        assertCompile(select(literalColumn("1")).fetch(column("Q")).offset(column("Y")),
                "SELECT 1 OFFSET \"Y\" ROWS FETCH FIRST \"Q\" ROWS ONLY", Map.of());
    }

    /** SelectTest.test_fetch, combination (bindparam("Q", 3), bindparam("Y", 7)). */
    @Test
    void test_fetch_bindparams() {
        assertCompile(select(literalColumn("1")).fetch(bindparam("Q", Types.INTEGER, 3))
                        .offset(bindparam("Y", Types.INTEGER, 7)),
                "SELECT 1 OFFSET :Y ROWS FETCH FIRST :Q ROWS ONLY", Map.of("Q", 3, "Y", 7));
    }

    /** SelectTest.test_fetch, combination (literal_column("Q") + literal_column("Z"), …). */
    @Test
    void test_fetch_expressions() {
        assertCompile(select(literalColumn("1")).fetch(literalColumn("Q").plus(literalColumn("Z")))
                        .offset(literalColumn("Y").plus(literalColumn("W"))),
                "SELECT 1 OFFSET Y + W ROWS FETCH FIRST Q + Z ROWS ONLY", Map.of());
    }

    /** SelectTest.test_limit_fetch_interaction, first case: fetch replaces limit. */
    @Test
    void test_limit_fetch_interaction_one() {
        assertCompile(select(literalColumn("1")).limit(42).fetch(1), "SELECT 1 FETCH FIRST :param_1 ROWS ONLY",
                Map.of("param_1", 1));
    }

    /** SelectTest.test_limit_fetch_interaction, second case: limit replaces fetch. */
    @Test
    void test_limit_fetch_interaction_two() {
        assertCompile(select(literalColumn("1")).fetch(42).limit(1), "SELECT 1 LIMIT :param_1",
                Map.of("param_1", 1));
    }

    /** SelectTest.test_limit_fetch_interaction, third case: limit, offset, then fetch. */
    @Test
    void test_limit_fetch_interaction_three() {
        assertCompile(select(literalColumn("1")).limit(42).offset(7).fetch(1),
                "SELECT 1 OFFSET :param_1 ROWS FETCH FIRST :param_2 ROWS ONLY", Map.of("param_1", 7, "param_2", 1));
    }

    /** SelectTest.test_limit_fetch_interaction, fourth case: slice after fetch. */
    @Test
    void test_limit_fetch_interaction_four() {
        assertCompile(select(literalColumn("1")).fetch(1).slice(2, 5), "SELECT 1 LIMIT :param_1 OFFSET :param_2",
                Map.of("param_1", 3, "param_2", 2));
    }

    /** SelectTest.test_limit_fetch_interaction, fifth case: fetch after slice. */
    @Test
    void test_limit_fetch_interaction_five() {
        assertCompile(select(literalColumn("1")).slice(2, 5).fetch(1),
                "SELECT 1 OFFSET :param_1 ROWS FETCH FIRST :param_2 ROWS ONLY", Map.of("param_1", 2, "param_2", 1));
    }

    /** SelectTest.test_select_from_ordering, combination 1. */
    @Test
    void test_select_from_ordering_1() {
        assertCompile(select(table1.c("name")).selectFrom(table1, table2).where(table1.c("myid").eq(table2.c("otherid"))),
                "SELECT mytable.name FROM mytable, myothertable "
                        + "WHERE mytable.myid = myothertable.otherid");
    }

    /** SelectTest.test_select_from_ordering, combination 2. */
    @Test
    void test_select_from_ordering_2() {
        assertCompile(select(table1.c("name")).selectFrom(table2, table1).where(table1.c("myid").eq(table2.c("otherid"))),
                "SELECT mytable.name FROM myothertable, mytable "
                        + "WHERE mytable.myid = myothertable.otherid");
    }

    /** SelectTest.test_select_from_ordering, combination 3. */
    @Test
    void test_select_from_ordering_3() {
        assertCompile(select(table1.c("name")).where(table1.c("myid").eq(table2.c("otherid"))).selectFrom(table2, table1),
                "SELECT mytable.name FROM myothertable, mytable "
                        + "WHERE mytable.myid = myothertable.otherid");
    }

    /** SelectTest.test_select_from_ordering, combination 4. */
    @Test
    void test_select_from_ordering_4() {
        assertCompile(select(table1.c("name")).where(table1.c("myid").eq(table2.c("otherid"))).selectFrom(table1, table2),
                "SELECT mytable.name FROM mytable, myothertable "
                        + "WHERE mytable.myid = myothertable.otherid");
    }

    /** SelectTest.test_select_from_ordering, combination 5. */
    @Test
    void test_select_from_ordering_5() {
        assertCompile(select(table3.c("userid"), table1.c("name")).where(table1.c("myid").eq(table2.c("otherid")))
                        .selectFrom(table1, table3, table2),
                "SELECT thirdtable.userid, mytable.name "
                        + "FROM mytable, thirdtable, myothertable "
                        + "WHERE mytable.myid = myothertable.otherid");
    }

    /** SelectTest.test_select_from_ordering, combination 6. */
    @Test
    void test_select_from_ordering_6() {
        assertCompile(select(table3.c("userid"), table1.c("name")).where(table1.c("myid").eq(table2.c("otherid")))
                        .selectFrom(table3, table1, table2),
                "SELECT thirdtable.userid, mytable.name "
                        + "FROM thirdtable, mytable, myothertable "
                        + "WHERE mytable.myid = myothertable.otherid");
    }

    /** SelectTest.test_select_from_ordering, combination 7. */
    @Test
    void test_select_from_ordering_7() {
        assertCompile(select(table3.c("userid"), table1.c("name")).where(table1.c("myid").eq(table2.c("otherid")))
                        .selectFrom(table1, table2),
                "SELECT thirdtable.userid, mytable.name "
                        + "FROM mytable, myothertable, thirdtable "
                        + "WHERE mytable.myid = myothertable.otherid");
    }

    /** SelectTest.test_select_from_ordering, combination 8. */
    @Test
    void test_select_from_ordering_8() {
        assertCompile(select(table3.c("userid"), table1.c("name")).where(table1.c("myid").eq(table2.c("otherid")))
                        .selectFrom(table3, table2),
                "SELECT thirdtable.userid, mytable.name "
                        + "FROM thirdtable, myothertable, mytable "
                        + "WHERE mytable.myid = myothertable.otherid");
    }

    /** SelectTest.test_select_from_ordering, combination 9: join_from after select_from. */
    @Test
    void test_select_from_ordering_9() {
        assertCompile(select(table3.c("userid"), table1.c("name")).where(table1.c("myid").eq(table2.c("otherid")))
                        .selectFrom(table3, table2)
                        .joinFrom(table3, table1, table3.c("userid").eq(table1.c("myid"))),
                "SELECT thirdtable.userid, mytable.name "
                        + "FROM thirdtable "
                        + "JOIN mytable ON thirdtable.userid = mytable.myid, "
                        + "myothertable WHERE mytable.myid = myothertable.otherid");
    }

    /** SelectTest.test_select_from_ordering, combination 10: join_from of the second select_from element. */
    @Test
    void test_select_from_ordering_10() {
        assertCompile(select(table3.c("userid"), table1.c("name")).where(table1.c("myid").eq(table2.c("otherid")))
                        .selectFrom(table2, table3)
                        .joinFrom(table3, table1, table3.c("userid").eq(table1.c("myid"))),
                "SELECT thirdtable.userid, mytable.name "
                        + "FROM myothertable, thirdtable "
                        + "JOIN mytable ON thirdtable.userid = mytable.myid "
                        + "WHERE mytable.myid = myothertable.otherid");
    }

    /** SelectTest.test_from_subquery, first case. */
    @Test
    void test_from_subquery_one() {
        Subquery s = select(table1).where(table1.c("name").eq("jack")).subquery();
        assertCompile(select(s).where(s.c("myid").eq(7)),
                "SELECT anon_1.myid, anon_1.name, anon_1.description FROM "
                        + "(SELECT mytable.myid AS myid, "
                        + "mytable.name AS name, mytable.description AS description "
                        + "FROM mytable "
                        + "WHERE mytable.name = :name_1) AS anon_1 WHERE "
                        + "anon_1.myid = :myid_1");
    }

    /** SelectTest.test_from_subquery, second case: {@code sq.subquery().select()}. */
    @Test
    void test_from_subquery_two() {
        assertCompile(select(select(table1).subquery()),
                "SELECT anon_1.myid, anon_1.name, anon_1.description FROM "
                        + "(SELECT mytable.myid AS myid, "
                        + "mytable.name AS name, mytable.description "
                        + "AS description FROM mytable) AS anon_1");
    }

    /** SelectTest.test_from_subquery, third case: a named subquery. */
    @Test
    void test_from_subquery_three() {
        Subquery sq = select(table1).subquery("sq");
        assertCompile(select(sq).where(sq.c("myid").eq(7)),
                "SELECT sq.myid, sq.name, sq.description FROM "
                        + "(SELECT mytable.myid AS myid, mytable.name AS name, "
                        + "mytable.description AS description FROM mytable) AS sq "
                        + "WHERE sq.myid = :myid_1");
    }

    /** SelectTest.test_use_labels, last case: labels inside a function inside a label render their element. */
    @Test
    void test_use_labels_nestedLabel() {
        assertCompile(select(func.call("sum", func.call("lala", table1.c("myid")).label("foo")).label("bar")),
                "SELECT sum(lala(mytable.myid)) AS bar FROM mytable");
    }

    /** SelectTest.test_dupe_columns, first case: the same-named column three times.
     */
    @Test
    void test_dupe_columns_one() {
        assertCompile(select(column("a"), column("a"), column("a")),
                "SELECT a, a, a");
    }

    /** SelectTest.test_dupe_columns, second case: one column object three times. */
    @Test
    void test_dupe_columns_two() {
        var c = column("a");
        assertCompile(select(c, c, c), "SELECT a, a, a");
    }

    /** SelectTest.test_dupe_columns, third case: two columns repeated. */
    @Test
    void test_dupe_columns_three() {
        var a = column("a");
        var b = column("b");
        assertCompile(select(a, b, b, b, a, a), "SELECT a, b, b, b, a, a");
    }

    /** SelectTest.test_dupe_columns, fifth case: three bind parameters are labelled anonymously. */
    @Test
    void test_dupe_columns_bindparams() {
        assertCompile(select(bindparam("a"), bindparam("b"), bindparam("c")),
                "SELECT :a AS anon_1, :b AS anon_2, :c AS anon_3");
    }

    /** SelectTest.test_exists, first case: {@code exists(s)}. */
    @Test
    void test_exists_one() {
        var s = select(table1.c("myid")).where(table1.c("myid").eq(5));
        assertCompile(exists(s), "EXISTS (SELECT mytable.myid FROM mytable "
                + "WHERE mytable.myid = :myid_1)");
    }

    /** SelectTest.test_exists, second case: {@code exists(s.scalar_subquery())}. */
    @Test
    void test_exists_two() {
        var s = select(table1.c("myid")).where(table1.c("myid").eq(5));
        assertCompile(exists(s.scalarSubquery()), "EXISTS (SELECT mytable.myid FROM mytable "
                + "WHERE mytable.myid = :myid_1)");
    }

    /** SelectTest.test_exists, third case: {@code exists(col).where(…).select()}. */
    @Test
    void test_exists_three() {
        assertCompile(select(exists(table1.c("myid")).where(table1.c("myid").eq(5))),
                "SELECT EXISTS (SELECT mytable.myid FROM "
                        + "mytable WHERE mytable.myid = :myid_1) AS anon_1");
    }

    /** SelectTest.test_exists, fourth case: {@code exists(1).select_from(table2)} in the columns clause. */
    @Test
    void test_exists_four() {
        assertCompile(select(table1, exists(literalColumn("1")).selectFrom(table2)),
                "SELECT mytable.myid, mytable.name, "
                        + "mytable.description, EXISTS (SELECT 1 "
                        + "FROM myothertable) AS anon_1 FROM mytable");
    }

    /** SelectTest.test_exists, fifth case: a labelled EXISTS. */
    @Test
    void test_exists_five() {
        assertCompile(select(table1, exists(literalColumn("1")).selectFrom(table2).label("foo")),
                "SELECT mytable.myid, mytable.name, "
                        + "mytable.description, EXISTS (SELECT 1 "
                        + "FROM myothertable) AS foo FROM mytable");
    }

    /** SelectTest.test_exists, sixth case: {@code exists().where(…).correlate(table1)}. */
    @Test
    void test_exists_six() {
        assertCompile(select(table1).where(exists().where(table2.c("otherid").eq(table1.c("myid")))
                        .correlate(table1)),
                "SELECT mytable.myid, mytable.name, "
                        + "mytable.description FROM mytable WHERE "
                        + "EXISTS (SELECT * FROM myothertable WHERE "
                        + "myothertable.otherid = mytable.myid)");
    }

    /** SelectTest.test_exists, eighth case: two EXISTS under OR are grouped. */
    @Test
    void test_exists_or() {
        assertCompile(select(or(exists().where(table2.c("otherid").eq("foo")),
                        exists().where(table2.c("otherid").eq("bar")))),
                "SELECT (EXISTS (SELECT * FROM myothertable "
                        + "WHERE myothertable.otherid = :otherid_1)) "
                        + "OR (EXISTS (SELECT * FROM myothertable WHERE "
                        + "myothertable.otherid = :otherid_2)) AS anon_1");
    }

    /** SelectTest.test_exists, ninth case: {@code select(exists(1))}. */
    @Test
    void test_exists_literal() {
        assertCompile(select(exists(literalColumn("1"))), "SELECT EXISTS (SELECT 1) AS anon_1");
    }

    /** SelectTest.test_exists, tenth case: {@code select(~exists(1))}. */
    @Test
    void test_exists_not() {
        assertCompile(select(not(exists(literalColumn("1")))), "SELECT NOT (EXISTS (SELECT 1)) AS anon_1");
    }

    /** SelectTest.test_exists, eleventh case: {@code select(~(~exists(1)))}.
     */
    @Test
    void test_exists_notNot() {
        assertCompile(select(not(not(exists(literalColumn("1"))))),
                "SELECT NOT (NOT (EXISTS (SELECT 1))) AS anon_1");
    }

    /** SelectTest.test_exists, twelfth case: {@code exists(42).select_from(table1).where(a, b)}. */
    @Test
    void test_exists_whereMultiple() {
        assertCompile(exists(literalColumn("42")).selectFrom(table1)
                        .where(table1.c("name").eq("foo"), table1.c("description").eq("bar")),
                "EXISTS (SELECT 42 FROM mytable WHERE mytable.name = :name_1 "
                        + "AND mytable.description = :description_1)");
    }

    /** SelectTest.test_exists_method: {@code select(…).exists()} correlated, with GROUP BY and HAVING. */
    @Test
    void test_exists_method() {
        var subq = select(func.count(table2.c("otherid"))).where(table2.c("otherid").eq(table1.c("myid")))
                .correlate(table1).groupBy(table2.c("otherid")).having(func.count(table2.c("otherid")).gt(1))
                .exists();
        assertCompile(select(table1).where(subq),
                "SELECT mytable.myid, mytable.name, mytable.description "
                        + "FROM mytable WHERE EXISTS (SELECT count(myothertable.otherid) "
                        + "AS count_1 FROM myothertable WHERE myothertable.otherid = "
                        + "mytable.myid GROUP BY myothertable.otherid "
                        + "HAVING count(myothertable.otherid) > :count_2)");
    }

    /** SelectTest.test_where_subquery, first case: a subquery in the FROM list does not correlate. */
    @Test
    void test_where_subquery_one() {
        Subquery s = select(addresses.c("street")).where(addresses.c("user_id").eq(users.c("user_id"))).subquery("s");
        assertCompile(select(users, s.c("street")).selectFrom(s),
                "SELECT users.user_id, users.user_name, users.password, s.street "
                        + "FROM (SELECT addresses.street AS street FROM addresses, users "
                        + "WHERE addresses.user_id = users.user_id) AS s, users");
    }

    /** SelectTest.test_where_subquery, second case: a single-FROM scalar subquery of the same table. */
    @Test
    void test_where_subquery_two() {
        assertCompile(select(table1).where(table1.c("myid").eq(select(table1.c("myid"))
                        .where(table1.c("name").eq("jack")).scalarSubquery())),
                "SELECT mytable.myid, mytable.name, "
                        + "mytable.description FROM mytable WHERE "
                        + "mytable.myid = (SELECT mytable.myid FROM "
                        + "mytable WHERE mytable.name = :name_1)");
    }

    /** SelectTest.test_where_subquery, third case: auto-correlation of the enclosing table. */
    @Test
    void test_where_subquery_three() {
        assertCompile(select(table1).where(table1.c("myid").eq(select(table2.c("otherid"))
                        .where(table1.c("name").eq(table2.c("othername"))).scalarSubquery())),
                "SELECT mytable.myid, mytable.name, "
                        + "mytable.description FROM mytable WHERE "
                        + "mytable.myid = (SELECT "
                        + "myothertable.otherid FROM myothertable "
                        + "WHERE mytable.name = myothertable.othernam"
                        + "e)");
    }

    /** SelectTest.test_where_subquery, fourth case: {@code exists(1).where(…)} auto-correlates. */
    @Test
    void test_where_subquery_four() {
        assertCompile(select(table1).where(exists(literalColumn("1")).where(table2.c("otherid").eq(table1.c("myid")))),
                "SELECT mytable.myid, mytable.name, "
                        + "mytable.description FROM mytable WHERE "
                        + "EXISTS (SELECT 1 FROM myothertable WHERE "
                        + "myothertable.otherid = mytable.myid)");
    }

    /** SelectTest.test_where_subquery, fifth case: EXISTS inside a named subquery against an alias. */
    @Test
    void test_where_subquery_five() {
        var talias = table1.alias("ta");
        Subquery s = select(talias).where(exists(literalColumn("1")).where(table2.c("otherid").eq(talias.c("myid"))))
                .subquery("sq2");
        assertCompile(select(s, table1),
                "SELECT sq2.myid, sq2.name, "
                        + "sq2.description, mytable.myid AS myid_1, "
                        + "mytable.name AS name_1, "
                        + "mytable.description AS description_1 FROM "
                        + "(SELECT ta.myid AS myid, ta.name AS name, "
                        + "ta.description AS description FROM "
                        + "mytable AS ta WHERE EXISTS (SELECT 1 FROM "
                        + "myothertable WHERE myothertable.otherid = "
                        + "ta.myid)) AS sq2, mytable");
    }

    /** SelectTest.test_where_subquery, sixth case: columns added after the WHERE and select_from. */
    @Test
    void test_where_subquery_six() {
        var s = select().where(exists(literalColumn("1")).where(table2.c("otherid").eq(table1.c("myid"))))
                .selectFrom(table1).addColumns(table1);
        assertCompile(s, "SELECT mytable.myid, mytable.name, "
                + "mytable.description FROM mytable WHERE "
                + "EXISTS (SELECT 1 FROM myothertable WHERE "
                + "myothertable.otherid = mytable.myid)");
    }

    /** SelectTest.test_orderby_subquery, first case. */
    @Test
    void test_orderby_subquery_one() {
        assertCompile(select(table1).orderBy(select(table2.c("otherid"))
                        .where(table1.c("myid").eq(table2.c("otherid"))).scalarSubquery()),
                "SELECT mytable.myid, mytable.name, "
                        + "mytable.description FROM mytable ORDER BY "
                        + "(SELECT myothertable.otherid FROM "
                        + "myothertable WHERE mytable.myid = "
                        + "myothertable.otherid)");
    }

    /** SelectTest.test_orderby_subquery, second case: {@code desc(scalar subquery)}. */
    @Test
    void test_orderby_subquery_two() {
        assertCompile(select(table1).orderBy(desc(select(table2.c("otherid"))
                        .where(table1.c("myid").eq(table2.c("otherid"))).scalarSubquery())),
                "SELECT mytable.myid, mytable.name, "
                        + "mytable.description FROM mytable ORDER BY "
                        + "(SELECT myothertable.otherid FROM "
                        + "myothertable WHERE mytable.myid = "
                        + "myothertable.otherid) DESC");
    }

    /** SelectTest.test_scalar_select, first case: {@code correlate(None)} keeps the subquery's FROM. */
    @Test
    void test_scalar_select_correlateNone() {
        ScalarSubquery<Object> s = select(table1.c("myid")).correlate().scalarSubquery();
        assertCompile(select(table1, s),
                "SELECT mytable.myid, mytable.name, "
                        + "mytable.description, (SELECT mytable.myid "
                        + "FROM mytable) AS anon_1 FROM mytable");
    }

    /** SelectTest.test_scalar_select, second case: a scalar subquery in another table's columns clause. */
    @Test
    void test_scalar_select_otherTable() {
        ScalarSubquery<Object> s = select(table1.c("myid")).scalarSubquery();
        assertCompile(select(table2, s),
                "SELECT myothertable.otherid, "
                        + "myothertable.othername, (SELECT "
                        + "mytable.myid FROM mytable) AS anon_1 FROM "
                        + "myothertable");
    }

    /** SelectTest.test_scalar_select, fourth case: {@code scalar_subquery().where(…)} alone. */
    @Test
    void test_scalar_select_where() {
        ScalarSubquery<Object> s = select(table1.c("myid")).scalarSubquery();
        assertCompile(s.where(table1.c("myid").eq(5)),
                "(SELECT mytable.myid FROM mytable WHERE mytable.myid = :myid_1)");
    }

    /** SelectTest.test_scalar_select, fifth case: a scalar subquery alone. */
    @Test
    void test_scalar_select_alone() {
        ScalarSubquery<Object> s = select(table1.c("myid")).scalarSubquery();
        assertCompile(s, "(SELECT mytable.myid FROM mytable)");
    }

    /** SelectTest.test_scalar_select, sixth case: {@code myid == scalar} of a single-FROM subquery. */
    @Test
    void test_scalar_select_eq() {
        ScalarSubquery<Object> s = select(table1.c("myid")).scalarSubquery();
        assertCompile(select(table1.c("myid")).where(table1.c("myid").eq(s)),
                "SELECT mytable.myid FROM mytable WHERE "
                        + "mytable.myid = (SELECT mytable.myid FROM "
                        + "mytable)");
    }

    /** SelectTest.test_scalar_select, seventh case: {@code myid < scalar}. */
    @Test
    void test_scalar_select_lt() {
        ScalarSubquery<Object> s = select(table1.c("myid")).scalarSubquery();
        assertCompile(select(table1.c("myid")).where(table1.c("myid").lt(s)),
                "SELECT mytable.myid FROM mytable WHERE "
                        + "mytable.myid < (SELECT mytable.myid FROM "
                        + "mytable)");
    }

    /** SelectTest.test_scalar_select, "expressions against scalar selects": {@code s - literal(8)}. */
    @Test
    void test_scalar_select_minusLiteral() {
        ScalarSubquery<Object> s = select(table1.c("myid")).scalarSubquery();
        assertCompile(select(s.minus(literal(8))),
                "SELECT (SELECT mytable.myid FROM mytable) "
                        + "- :param_1 AS anon_1");
    }

    /** SelectTest.test_scalar_select: {@code s > literal(8)}. */
    @Test
    void test_scalar_select_gtLiteral() {
        ScalarSubquery<Object> s = select(table1.c("myid")).scalarSubquery();
        assertCompile(select(s.gt(literal(8))),
                "SELECT (SELECT mytable.myid FROM mytable) "
                        + "> :param_1 AS anon_1");
    }

    /** SelectTest.test_scalar_select: {@code select(table1.c.name).label("foo")}. */
    @Test
    void test_scalar_select_label() {
        assertCompile(select(select(table1.c("name")).label("foo")),
                "SELECT (SELECT mytable.name FROM mytable) AS foo");
    }

    /** SelectTest.test_scalar_select: zips/places with uncorrelated subqueries in a function, ORDER BY "dist". */
    @Test
    void test_scalar_select_zips() {
        TableClause zips = untyped("zips", "zipcode", "latitude", "longitude");
        TableClause places = untyped("places", "id", "nm");
        String zipcode = "12345";
        var qlat = select(zips.c("latitude")).where(zips.c("zipcode").eq(zipcode))
                .correlate().scalarSubquery();
        var qlng = select(zips.c("longitude")).where(zips.c("zipcode").eq(zipcode))
                .correlate().scalarSubquery();
        var q = select(places.c("id"), places.c("nm"), zips.c("zipcode"),
                func.call("latlondist", qlat, qlng).label("dist")).where(zips.c("zipcode").eq(zipcode))
                .orderBy("dist", places.c("nm"));
        assertCompile(q, "SELECT places.id, places.nm, "
                + "zips.zipcode, latlondist((SELECT "
                + "zips.latitude FROM zips WHERE "
                + "zips.zipcode = :zipcode_1), (SELECT "
                + "zips.longitude FROM zips WHERE "
                + "zips.zipcode = :zipcode_2)) AS dist FROM "
                + "places, zips WHERE zips.zipcode = "
                + ":zipcode_3 ORDER BY dist, places.nm");
    }

    /** SelectTest.test_scalar_select: zips against an alias, auto-correlated. */
    @Test
    void test_scalar_select_zipsAlias() {
        TableClause zips = untyped("zips", "zipcode", "latitude", "longitude");
        TableClause places = untyped("places", "id", "nm");
        var zalias = zips.alias("main_zip");
        var qlat = select(zips.c("latitude")).where(zips.c("zipcode").eq(zalias.c("zipcode"))).scalarSubquery();
        var qlng = select(zips.c("longitude")).where(zips.c("zipcode").eq(zalias.c("zipcode"))).scalarSubquery();
        var q = select(places.c("id"), places.c("nm"), zalias.c("zipcode"),
                func.call("latlondist", qlat, qlng).label("dist")).orderBy("dist", places.c("nm"));
        assertCompile(q, "SELECT places.id, places.nm, "
                + "main_zip.zipcode, latlondist((SELECT "
                + "zips.latitude FROM zips WHERE "
                + "zips.zipcode = main_zip.zipcode), (SELECT "
                + "zips.longitude FROM zips WHERE "
                + "zips.zipcode = main_zip.zipcode)) AS dist "
                + "FROM places, zips AS main_zip ORDER BY "
                + "dist, places.nm");
    }

    /** SelectTest.test_scalar_select: a scalar subquery correlating to a table inside a join. */
    @Test
    void test_scalar_select_correlateIntoJoin() {
        var a1 = table2.alias("t2alias");
        var s1 = select(a1.c("otherid")).where(table1.c("myid").eq(a1.c("otherid"))).scalarSubquery();
        var j1 = table1.join(table2, table1.c("myid").eq(table2.c("otherid")));
        assertCompile(select(table1, s1).selectFrom(j1),
                "SELECT mytable.myid, mytable.name, "
                        + "mytable.description, (SELECT "
                        + "t2alias.otherid FROM myothertable AS "
                        + "t2alias WHERE mytable.myid = "
                        + "t2alias.otherid) AS anon_1 FROM mytable "
                        + "JOIN myothertable ON mytable.myid = "
                        + "myothertable.otherid");
    }

    /** SelectTest.test_label_comparison_one: a label compared in WHERE renders its element. */
    @Test
    void test_label_comparison_one() {
        var x = func.call("lala", table1.c("myid")).label("foo");
        assertCompile(select(x).where(x.eq(5)),
                "SELECT lala(mytable.myid) AS foo FROM "
                        + "mytable WHERE lala(mytable.myid) = "
                        + ":param_1");
    }

    /** SelectTest.test_label_comparison_two: a String label plus a string concatenates. */
    @Test
    void test_label_comparison_two() {
        assertCompile(col("foo", Types.STRING).label("bar").plus("foo"), "foo || :param_1");
    }

    /** SelectTest.test_order_by_labels_enabled_negative_cases, first case: a label in a binary expression. */
    @Test
    void test_order_by_labels_enabled_negative_cases_binary() {
        var lab1 = table1.c("myid").plus(12).label("foo");
        var lab2 = func.call("somefunc", table1.c("name")).label("bar");
        assertCompile(select(lab1, lab2).orderBy(lab1.plus("test")),
                "SELECT mytable.myid + :myid_1 AS foo, "
                        + "somefunc(mytable.name) AS bar FROM mytable "
                        + "ORDER BY mytable.myid + :myid_1 + :param_1");
    }

    /** SelectTest.test_order_by_labels_enabled_negative_cases, second case: a label inside a function. */
    @Test
    void test_order_by_labels_enabled_negative_cases_function() {
        var lab1 = table1.c("myid").plus(12).label("foo");
        assertCompile(select(lab1, func.call("foo", lab1)).orderBy(lab1, func.call("foo", lab1)),
                "SELECT mytable.myid + :myid_1 AS foo, "
                        + "foo(mytable.myid + :myid_1) AS foo_1 FROM mytable "
                        + "ORDER BY foo, foo(mytable.myid + :myid_1)");
    }

    /** SelectTest.test_order_by_labels_enabled_negative_cases, third case: a label not in the columns clause. */
    @Test
    void test_order_by_labels_enabled_negative_cases_unselectedLabel() {
        assertCompile(select(table1.c("myid")).orderBy(table1.c("name").label("name")),
                "SELECT mytable.myid FROM mytable ORDER BY mytable.name");
    }

    /** SelectTest.test_order_by_labels_enabled_negative_cases, fourth case: a non-matching function label. */
    @Test
    void test_order_by_labels_enabled_negative_cases_unselectedFunctionLabel() {
        assertCompile(select(table1.c("myid")).orderBy(func.lower(table1.c("name")).label("name")),
                "SELECT mytable.myid FROM mytable ORDER BY lower(mytable.name)");
    }

    private void assertOrderByLabels(java.util.function.UnaryOperator<io.alchemy.sql.ColumnElement<?>> operator,
            String expected) {
        var lab1 = table1.c("myid").plus(12).label("foo");
        var lab2 = func.call("somefunc", table1.c("name")).label("bar");
        assertCompile(select(lab1, lab2).orderBy(lab1, operator.apply(lab2)),
                "SELECT mytable.myid + :myid_1 AS foo, "
                        + "somefunc(mytable.name) AS bar FROM mytable "
                        + "ORDER BY foo, bar " + expected);
        assertCompile(select(lab1, lab2).orderBy(func.call("hoho", lab1), operator.apply(lab2)),
                "SELECT mytable.myid + :myid_1 AS foo, "
                        + "somefunc(mytable.name) AS bar FROM mytable "
                        + "ORDER BY hoho(mytable.myid + :myid_1), bar " + expected);
        var lx = table1.c("myid").plus(table1.c("myid")).label("lx");
        var ly = func.lower(table1.c("name")).plus(table1.c("description")).label("ly");
        assertCompile(select(lx, ly).orderBy(lx, operator.apply(ly)),
                "SELECT mytable.myid + mytable.myid AS lx, "
                        + "lower(mytable.name) || mytable.description AS ly "
                        + "FROM mytable ORDER BY lx, ly " + expected);
        assertCompile(select(lab1, lab2).orderBy(table1.c("myid").label("foo"),
                        operator.apply(table1.c("name").label("bar"))),
                "SELECT mytable.myid + :myid_1 AS foo, "
                        + "somefunc(mytable.name) AS bar FROM mytable "
                        + "ORDER BY mytable.myid, mytable.name " + expected);
        assertCompile(select(lab1, lab2).orderBy(operator.apply(table1.alias().c("name").label("bar"))),
                "SELECT mytable.myid + :myid_1 AS foo, "
                        + "somefunc(mytable.name) AS bar FROM mytable "
                        + "ORDER BY mytable_1.name " + expected);
    }

    /** SelectTest.test_order_by_labels_enabled, combination (desc, "DESC"). */
    @Test
    void test_order_by_labels_enabled_desc() {
        assertOrderByLabels(c -> desc(c), "DESC");
    }

    /** SelectTest.test_order_by_labels_enabled, combination (asc, "ASC"). */
    @Test
    void test_order_by_labels_enabled_asc() {
        assertOrderByLabels(c -> asc(c), "ASC");
    }

    /** SelectTest.test_order_by_labels_enabled, combination (nulls_first, "NULLS FIRST"). */
    @Test
    void test_order_by_labels_enabled_nullsFirst() {
        assertOrderByLabels(c -> nullsFirst(c), "NULLS FIRST");
    }

    /** SelectTest.test_order_by_labels_enabled, combination (nulls_last, "NULLS LAST"). */
    @Test
    void test_order_by_labels_enabled_nullsLast() {
        assertOrderByLabels(c -> nullsLast(c), "NULLS LAST");
    }

    /** SelectTest.test_order_by_labels_enabled, combination (c.desc().nulls_last(), "DESC NULLS LAST"). */
    @Test
    void test_order_by_labels_enabled_descNullsLast() {
        assertOrderByLabels(c -> c.desc().nullsLast(), "DESC NULLS LAST");
    }

    /** SelectTest.test_order_by_labels_enabled, combination (c.nulls_first().asc(), "NULLS FIRST ASC"). */
    @Test
    void test_order_by_labels_enabled_nullsFirstAsc() {
        assertOrderByLabels(c -> c.nullsFirst().asc(), "NULLS FIRST ASC");
    }

    /** SelectTest.test_no_group_by_labels: GROUP BY renders a label's expression. */
    @Test
    void test_no_group_by_labels() {
        var lab1 = table1.c("myid").plus(12).label("foo");
        var lab2 = func.call("somefunc", table1.c("name")).label("bar");
        assertCompile(select(lab1, lab2).groupBy(lab1, lab2),
                "SELECT mytable.myid + :myid_1 AS foo, somefunc(mytable.name) "
                        + "AS bar FROM mytable GROUP BY mytable.myid + :myid_1, "
                        + "somefunc(mytable.name)");
    }




    /** SelectTest.test_conjunctions, fourth case: {@code and_} of a generated sequence. */
    @Test
    void test_conjunctions_generator() {
        assertCompile(and(java.util.stream.Stream.of(table1.c("myid").eq(12), table1.c("name").eq("asdf"))
                        .toArray(io.alchemy.sql.ColumnElement[]::new)),
                "mytable.myid = :myid_1 AND mytable.name = :name_1");
    }

    /** SelectTest.test_nested_conjunctions_short_circuit, first case. */
    @Test
    void test_nested_conjunctions_short_circuit_one() {
        TableClause t = untyped("t", "x");
        assertCompile(select(t).where(and(t.c("x").eq(5), or(and(or(t.c("x").eq(7)))))),
                "SELECT t.x FROM t WHERE t.x = :x_1 AND t.x = :x_2");
    }

    /** SelectTest.test_nested_conjunctions_short_circuit, second case. */
    @Test
    void test_nested_conjunctions_short_circuit_two() {
        TableClause t = untyped("t", "x");
        assertCompile(select(t).where(and(or(t.c("x").eq(12), and(or(t.c("x").eq(8)))))),
                "SELECT t.x FROM t WHERE t.x = :x_1 OR t.x = :x_2");
    }

    /** SelectTest.test_nested_conjunctions_short_circuit, third case. */
    @Test
    void test_nested_conjunctions_short_circuit_three() {
        TableClause t = untyped("t", "x");
        assertCompile(select(t).where(and(or(or(t.c("x").eq(12)), and(or(and(t.c("x").eq(8))))))),
                "SELECT t.x FROM t WHERE t.x = :x_1 OR t.x = :x_2");
    }

    /** SelectTest.test_nested_conjunctions_short_circuit, fourth case: empty conjunctions inside.
     * SQLAlchemy: {@code SELECT t.x FROM t WHERE t.x = :x_1 OR t.x = :x_2}
     */
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#empty-conjunctions",
            value = "Empty and()/or() inside a conjunction are true/false, not dropped.")
    @Test
    void test_nested_conjunctions_short_circuit_four() {
        TableClause t = untyped("t", "x");
        assertCompile(select(t).where(and(or(or(t.c("x").eq(12)), and(or(), or(and(t.c("x").eq(8))), and())))),
                "SELECT t.x FROM t WHERE t.x = :x_1 OR false AND t.x = :x_2");
    }

    /** SelectTest.test_true_short_circuit, third case: no WHERE at all. */
    @Test
    void test_true_short_circuit_noWhere() {
        TableClause t = untyped("t", "x");
        assertCompile(select(t), "SELECT t.x FROM t");
    }

    /** SelectTest.test_distinct, first case: {@code col.distinct()}. */
    @Test
    void test_distinct_columnMethod() {
        assertCompile(select(table1.c("myid").distinct()), "SELECT DISTINCT mytable.myid FROM mytable");
    }

    /** SelectTest.test_distinct, second case: {@code distinct(col)}. */
    @Test
    void test_distinct_function() {
        assertCompile(select(distinct(table1.c("myid"))), "SELECT DISTINCT mytable.myid FROM mytable");
    }

    /** SelectTest.test_distinct, fourth case: {@code distinct(col)} in a subquery gets an anonymous label.
     * SQLAlchemy: {@code SELECT anon_2.anon_1 FROM (SELECT DISTINCT mytable.myid AS anon_1 FROM mytable) AS anon_2}
     */
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#distinct-column-keeps-its-name",
            value = "distinct(column) keeps the column's name in a subquery instead of an anonymous label.")
    @Test
    void test_distinct_subquery() {
        assertCompile(select(select(distinct(table1.c("myid"))).subquery()),
                "SELECT anon_1.myid FROM (SELECT DISTINCT mytable.myid AS myid FROM mytable) AS anon_1");
    }

    /** SelectTest.test_distinct, fifth case: {@code select(…).distinct()}. */
    @Test
    void test_distinct_select() {
        assertCompile(select(table1.c("myid")).distinct(), "SELECT DISTINCT mytable.myid FROM mytable");
    }

    /** SelectTest.test_distinct, sixth case: {@code count(col.distinct())}. */
    @Test
    void test_distinct_count() {
        assertCompile(select(func.count(table1.c("myid").distinct())),
                "SELECT count(DISTINCT mytable.myid) AS count_1 FROM mytable");
    }

    /** SelectTest.test_distinct, seventh case: {@code count(distinct(col))}. */
    @Test
    void test_distinct_countFunction() {
        assertCompile(select(func.count(distinct(table1.c("myid")))),
                "SELECT count(DISTINCT mytable.myid) AS count_1 FROM mytable");
    }

    /** SelectTest.test_where_empty, first case: an empty {@code and_()}.
     * SQLAlchemy: {@code SELECT mytable.myid FROM mytable}
     */
    @Test
    void test_where_empty_and() {
        assertCompile(select(table1.c("myid")).where(and()),
                "SELECT mytable.myid FROM mytable");
    }

    /** SelectTest.test_where_empty, second case: an empty {@code or_()}.
     * SQLAlchemy: {@code SELECT mytable.myid FROM mytable}
     */
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#empty-conjunctions",
            value = "An empty or() is false and renders as such.")
    @Test
    void test_where_empty_or() {
        assertCompile(select(table1.c("myid")).where(or()),
                "SELECT mytable.myid FROM mytable WHERE false");
    }

    /** SelectTest.test_where_multiple. */
    @Test
    void test_where_multiple() {
        assertCompile(select(table1.c("myid")).where(table1.c("myid").eq(12), table1.c("name").eq("foobar")),
                "SELECT mytable.myid FROM mytable WHERE mytable.myid = :myid_1 "
                        + "AND mytable.name = :name_1");
    }

    /** SelectTest.test_order_by_nulls, first case. */
    @Test
    void test_order_by_nulls_one() {
        assertCompile(select(table2).orderBy(table2.c("otherid"), table2.c("othername").desc().nullsFirst()),
                "SELECT myothertable.otherid, myothertable.othername FROM "
                        + "myothertable ORDER BY myothertable.otherid, "
                        + "myothertable.othername DESC NULLS FIRST");
    }

    /** SelectTest.test_order_by_nulls, second case. */
    @Test
    void test_order_by_nulls_two() {
        assertCompile(select(table2).orderBy(table2.c("otherid"), table2.c("othername").desc().nullsLast()),
                "SELECT myothertable.otherid, myothertable.othername FROM "
                        + "myothertable ORDER BY myothertable.otherid, "
                        + "myothertable.othername DESC NULLS LAST");
    }

    /** SelectTest.test_order_by_nulls, third case. */
    @Test
    void test_order_by_nulls_three() {
        assertCompile(select(table2).orderBy(table2.c("otherid").nullsLast(),
                        table2.c("othername").desc().nullsFirst()),
                "SELECT myothertable.otherid, myothertable.othername FROM "
                        + "myothertable ORDER BY myothertable.otherid NULLS LAST, "
                        + "myothertable.othername DESC NULLS FIRST");
    }

    /** SelectTest.test_order_by_nulls, fourth case. */
    @Test
    void test_order_by_nulls_four() {
        assertCompile(select(table2).orderBy(table2.c("otherid").nullsFirst(), table2.c("othername").desc()),
                "SELECT myothertable.otherid, myothertable.othername FROM "
                        + "myothertable ORDER BY myothertable.otherid NULLS FIRST, "
                        + "myothertable.othername DESC");
    }

    /** SelectTest.test_order_by_nulls, fifth case. */
    @Test
    void test_order_by_nulls_five() {
        assertCompile(select(table2).orderBy(table2.c("otherid").nullsFirst(),
                        table2.c("othername").desc().nullsLast()),
                "SELECT myothertable.otherid, myothertable.othername FROM "
                        + "myothertable ORDER BY myothertable.otherid NULLS FIRST, "
                        + "myothertable.othername DESC NULLS LAST");
    }

    /** SelectTest.test_orderby_groupby, first case: {@code asc(col)}. */
    @Test
    void test_orderby_groupby_asc() {
        assertCompile(select(table2).orderBy(table2.c("otherid"), asc(table2.c("othername"))),
                "SELECT myothertable.otherid, myothertable.othername FROM "
                        + "myothertable ORDER BY myothertable.otherid, "
                        + "myothertable.othername ASC");
    }

    /** SelectTest.test_orderby_groupby, second case: {@code col.desc()}. */
    @Test
    void test_orderby_groupby_desc() {
        assertCompile(select(table2).orderBy(table2.c("otherid"), table2.c("othername").desc()),
                "SELECT myothertable.otherid, myothertable.othername FROM "
                        + "myothertable ORDER BY myothertable.otherid, "
                        + "myothertable.othername DESC");
    }

    /** SelectTest.test_orderby_groupby, third case: generative order_by. */
    @Test
    void test_orderby_groupby_generative() {
        assertCompile(select(table2).orderBy(table2.c("otherid")).orderBy(table2.c("othername").desc()),
                "SELECT myothertable.otherid, myothertable.othername FROM "
                        + "myothertable ORDER BY myothertable.otherid, "
                        + "myothertable.othername DESC");
    }

    /** SelectTest.test_orderby_groupby, fourth case: {@code order_by(None)} resets. */
    @Test
    void test_orderby_groupby_orderByNone() {
        assertCompile(select(table2).orderBy(table2.c("otherid")).orderBy(table2.c("othername").desc())
                        .orderBy((Object) null),
                "SELECT myothertable.otherid, myothertable.othername "
                        + "FROM myothertable");
    }

    /** SelectTest.test_orderby_groupby, fifth case: GROUP BY. */
    @Test
    void test_orderby_groupby_groupBy() {
        assertCompile(select(table2.c("othername"), func.count(table2.c("otherid"))).groupBy(table2.c("othername")),
                "SELECT myothertable.othername, "
                        + "count(myothertable.otherid) AS count_1 "
                        + "FROM myothertable GROUP BY myothertable.othername");
    }

    /** SelectTest.test_orderby_groupby, seventh case: {@code group_by(None)} resets. */
    @Test
    void test_orderby_groupby_groupByNone() {
        assertCompile(select(table2.c("othername"), func.count(table2.c("otherid"))).groupBy(table2.c("othername"))
                        .groupBy((Object) null),
                "SELECT myothertable.othername, "
                        + "count(myothertable.otherid) AS count_1 "
                        + "FROM myothertable");
    }

    /** SelectTest.test_orderby_groupby, eighth case: GROUP BY then ORDER BY. */
    @Test
    void test_orderby_groupby_groupByOrderBy() {
        assertCompile(select(table2.c("othername"), func.count(table2.c("otherid"))).groupBy(table2.c("othername"))
                        .orderBy(table2.c("othername")),
                "SELECT myothertable.othername, "
                        + "count(myothertable.otherid) AS count_1 "
                        + "FROM myothertable "
                        + "GROUP BY myothertable.othername ORDER BY myothertable.othername");
    }

    /** SelectTest.test_for_update, first case. */
    @Test
    void test_for_update() {
        assertCompile(select(table1).where(table1.c("myid").eq(7)).forUpdate(),
                "SELECT mytable.myid, mytable.name, mytable.description "
                        + "FROM mytable WHERE mytable.myid = :myid_1 FOR UPDATE");
    }

    /** SelectTest.test_for_update, second case: NOWAIT not supported by the default dialect.
     */
    @Test
    void test_for_update_nowait() {
        assertCompile(select(table1).where(table1.c("myid").eq(7))
                        .forUpdate(io.alchemy.sql.ForUpdate.UPDATE.withNowait()),
                "SELECT mytable.myid, mytable.name, mytable.description FROM mytable WHERE mytable.myid = :myid_1 FOR UPDATE");
    }

    /** SelectTest.test_alias, first case. */
    @Test
    void test_alias_named() {
        assertCompile(select(table1.alias("foo")),
                "SELECT foo.myid, foo.name, foo.description FROM mytable AS foo");
    }

    /** SelectTest.test_alias, third case: an anonymous alias. */
    @Test
    void test_alias_anonymous() {
        assertCompile(select(table1.alias()),
                "SELECT mytable_1.myid, mytable_1.name, mytable_1.description "
                        + "FROM mytable AS mytable_1");
    }

    /** SelectTest.test_alias_nesting_table, first case. */
    @Test
    void test_alias_nesting_table_one() {
        assertCompile(select(table1.alias("foo").alias("bar").alias("bat")),
                "SELECT bat.myid, bat.name, bat.description FROM mytable AS bat");
    }

    /** SelectTest.test_alias_nesting_table, second case. */
    @Test
    void test_alias_nesting_table_two() {
        assertCompile(select(table1.alias().alias("bar").alias("bat")),
                "SELECT bat.myid, bat.name, bat.description FROM mytable AS bat");
    }

    /** SelectTest.test_alias_nesting_table, third case. */
    @Test
    void test_alias_nesting_table_three() {
        assertCompile(select(table1.alias("foo").alias().alias("bat")),
                "SELECT bat.myid, bat.name, bat.description FROM mytable AS bat");
    }

    /** SelectTest.test_alias_nesting_table, fourth case. */
    @Test
    void test_alias_nesting_table_four() {
        assertCompile(select(table1.alias("foo").alias("bar").alias()),
                "SELECT bar_1.myid, bar_1.name, bar_1.description "
                        + "FROM mytable AS bar_1");
    }

    /** SelectTest.test_alias_nesting_table, fifth case. */
    @Test
    void test_alias_nesting_table_five() {
        assertCompile(select(table1.alias("foo").alias().alias()),
                "SELECT anon_1.myid, anon_1.name, anon_1.description "
                        + "FROM mytable AS anon_1");
    }

    /** SelectTest.test_alias_nesting_subquery, first case. */
    @Test
    void test_alias_nesting_subquery_one() {
        Subquery stmt = select(table1).subquery();
        assertCompile(select(stmt.alias("foo").alias("bar").alias("bat")),
                "SELECT bat.myid, bat.name, bat.description FROM "
                        + "(SELECT mytable.myid AS myid, mytable.name AS name, "
                        + "mytable.description AS description FROM mytable) AS bat");
    }

    /** SelectTest.test_alias_nesting_subquery, second case. */
    @Test
    void test_alias_nesting_subquery_two() {
        Subquery stmt = select(table1).subquery();
        assertCompile(select(stmt.alias("foo").alias().alias()),
                "SELECT anon_1.myid, anon_1.name, anon_1.description FROM "
                        + "(SELECT mytable.myid AS myid, mytable.name AS name, "
                        + "mytable.description AS description FROM mytable) AS anon_1");
    }

    /** SelectTest.test_prefix. */
    @Test
    void test_prefix() {
        assertCompile(select(table1).prefixWith("SQL_CALC_FOUND_ROWS").prefixWith("SQL_SOME_WEIRD_MYSQL_THING"),
                "SELECT SQL_CALC_FOUND_ROWS SQL_SOME_WEIRD_MYSQL_THING "
                        + "mytable.myid, mytable.name, mytable.description FROM mytable");
    }

    /** SelectTest.test_collate, columns clause. */
    @Test
    void test_collate_columns() {
        assertCompile(select(column("x").collate("bar")), "SELECT x COLLATE bar AS anon_1");
    }

    /** SelectTest.test_collate, WHERE clause. */
    @Test
    void test_collate_where() {
        assertCompile(select(column("x")).where(column("x").collate("bar").eq("foo")),
                "SELECT x WHERE (x COLLATE bar) = :param_1");
    }

    /** SelectTest.test_collate, ORDER BY clause. */
    @Test
    void test_collate_orderBy() {
        assertCompile(select(column("x")).orderBy(column("x").collate("bar")), "SELECT x ORDER BY x COLLATE bar");
    }

    /** SelectTest.test_literal, first case. */
    @Test
    void test_literal_one() {
        assertCompile(select(literal("foo")), "SELECT :param_1 AS anon_1");
    }

    /** SelectTest.test_literal, second case (see also TestCompilerConformanceTest.test_literal): select_from.
     * SQLAlchemy: {@code SELECT values.id, (values.val2 - values.val1) / CAST(values.val1 AS FLOAT) AS anon_1 FROM values}
     */
    @Test
    void test_calculated_columns_one() {
        TableClause valueTbl = table("values", col("id", Types.INTEGER), col("val1", Types.FLOAT),
                col("val2", Types.FLOAT));
        assertCompile(select(valueTbl.c("id"), valueTbl.c("val2").minus(valueTbl.c("val1")).div(valueTbl.c("val1"))),
                "SELECT values.id, (values.val2 - values.val1) / CAST(values.val1 AS FLOAT) AS anon_1 FROM values");
    }

    /** SelectTest.test_calculated_columns, second case.
     * SQLAlchemy: {@code SELECT values.id FROM values WHERE (values.val2 - values.val1) / CAST(values.val1 AS FLOAT) > :param_1}
     */
    @Test
    void test_calculated_columns_two() {
        TableClause valueTbl = table("values", col("id", Types.INTEGER), col("val1", Types.FLOAT),
                col("val2", Types.FLOAT));
        assertCompile(select(valueTbl.c("id")).where(valueTbl.c("val2").minus(valueTbl.c("val1"))
                        .div(valueTbl.c("val1")).gt(2.0)),
                "SELECT values.id FROM values WHERE (values.val2 - values.val1) / CAST(values.val1 AS FLOAT) > :param_1");
    }

    /** SelectTest.test_calculated_columns, third case.
     * SQLAlchemy: {@code SELECT values.id FROM values WHERE (values.val1 / CAST((values.val2 - values.val1) AS FLOAT)) / CAST(values.val1 AS FLOAT) > :param_1}
     */
    @Test
    void test_calculated_columns_three() {
        TableClause valueTbl = table("values", col("id", Types.INTEGER), col("val1", Types.FLOAT),
                col("val2", Types.FLOAT));
        assertCompile(select(valueTbl.c("id")).where(valueTbl.c("val1")
                        .div(valueTbl.c("val2").minus(valueTbl.c("val1"))).div(valueTbl.c("val1")).gt(2.0)),
                "SELECT values.id FROM values WHERE (values.val1 / CAST((values.val2 - values.val1) AS FLOAT)) / CAST(values.val1 AS FLOAT) > :param_1");
    }

    /** SelectTest.test_joins, last case: OR with a text fragment over an outer join. */
    @Test
    void test_joins_outerjoinWhereOr() {
        var query = select(table1, table2).where(or(table1.c("name").eq("fred"), table1.c("myid").eq(10),
                        table2.c("othername").ne("jack")))
                .selectFrom(table1.outerjoin(table2, table1.c("myid").eq(table2.c("otherid"))));
        assertCompile(query,
                "SELECT mytable.myid, mytable.name, mytable.description, "
                        + "myothertable.otherid, myothertable.othername "
                        + "FROM mytable LEFT OUTER JOIN myothertable ON mytable.myid = "
                        + "myothertable.otherid WHERE mytable.name = :name_1 OR "
                        + "mytable.myid = :myid_1 OR myothertable.othername != :othername_1");
    }


    /** SelectTest.test_compound_selects, first case: the column counts differ. */
    @Test
    void test_compound_selects_columnCountMismatch() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> union(select(table3), select(table1)).toString())
                .isInstanceOf(io.alchemy.exc.AlchemyException.class)
                .hasMessageContaining("All selectables passed to CompoundSelect "
                        + "must have identical numbers of columns; "
                        + "select #1 has 2 columns, select #2 has 3");
    }

    /** SelectTest.test_compound_selects, second case: UNION ORDER BY a column. */
    @Test
    void test_compound_selects_orderByColumn() {
        var x = union(select(table1).where(table1.c("myid").eq(5)), select(table1).where(table1.c("myid").eq(12)))
                .orderBy(table1.c("myid"));
        assertCompile(x, "SELECT mytable.myid, mytable.name, "
                + "mytable.description "
                + "FROM mytable WHERE "
                + "mytable.myid = :myid_1 UNION "
                + "SELECT mytable.myid, mytable.name, mytable.description "
                + "FROM mytable WHERE mytable.myid = :myid_2 "
                + "ORDER BY myid");
    }

    /** SelectTest.test_compound_selects, third case: a UNION inside a UNION. */
    @Test
    void test_compound_selects_nested() {
        var x = union(union(select(table1), select(table1)), select(table1));
        assertCompile(x, "(SELECT mytable.myid, mytable.name, mytable.description "
                + "FROM mytable UNION SELECT mytable.myid, mytable.name, "
                + "mytable.description FROM mytable) UNION SELECT mytable.myid,"
                + " mytable.name, mytable.description FROM mytable");
    }

    /** SelectTest.test_compound_selects, fourth case: three members, ORDER BY "name". */
    @Test
    void test_compound_selects_orderByName() {
        var u1 = union(select(table1.c("myid"), table1.c("name")), select(table2), select(table3)).orderBy("name");
        assertCompile(u1, "SELECT mytable.myid, mytable.name "
                + "FROM mytable UNION SELECT myothertable.otherid, "
                + "myothertable.othername FROM myothertable "
                + "UNION SELECT thirdtable.userid, thirdtable.otherstuff "
                + "FROM thirdtable ORDER BY name");
    }

    /** SelectTest.test_compound_selects, fifth case: ORDER BY "myid" with OFFSET and LIMIT. */
    @Test
    void test_compound_selects_orderByLimitOffset() {
        assertCompile(union(select(table1.c("myid"), table1.c("name")), select(table2)).orderBy("myid").offset(10)
                        .limit(5),
                "SELECT mytable.myid, mytable.name "
                        + "FROM mytable UNION SELECT myothertable.otherid, "
                        + "myothertable.othername "
                        + "FROM myothertable ORDER BY myid "
                        + "LIMIT :param_1 OFFSET :param_2",
                Map.of("param_1", 5, "param_2", 10));
    }

    /** SelectTest.test_compound_selects, sixth case: ORDER BY a name that is no column. */
    @Test
    void test_compound_selects_orderByUnknownName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> union(select(table1.c("myid"), table1.c("name")),
                        select(table2)).orderBy("noname").toString())
                .isInstanceOf(io.alchemy.exc.CompileError.class)
                .hasMessageContaining("Can't resolve label reference for ORDER BY / GROUP BY / "
                        + "DISTINCT etc.");
    }

    /** SelectTest.test_compound_selects, seventh case: GROUP BY in a member. */
    @Test
    void test_compound_selects_groupByMember() {
        assertCompile(union(select(table1.c("myid"), table1.c("name"), func.max(table1.c("description")))
                                .where(table1.c("name").eq("name2")).groupBy(table1.c("myid"), table1.c("name")),
                        select(table1).where(table1.c("name").eq("name1"))),
                "SELECT mytable.myid, mytable.name, "
                        + "max(mytable.description) AS max_1 "
                        + "FROM mytable WHERE mytable.name = :name_1 "
                        + "GROUP BY mytable.myid, "
                        + "mytable.name UNION SELECT mytable.myid, mytable.name, "
                        + "mytable.description "
                        + "FROM mytable WHERE mytable.name = :name_2");
    }

    /** SelectTest.test_compound_selects, eighth case: labelled literals. */
    @Test
    void test_compound_selects_labelledLiterals() {
        assertCompile(union(select(literal(100).label("value")), select(literal(200).label("value"))),
                "SELECT :param_1 AS value UNION SELECT :param_2 AS value");
    }

    /** SelectTest.test_compound_selects, ninth case: UNION ALL with a UNION on the right. */
    @Test
    void test_compound_selects_unionAllOfUnion() {
        assertCompile(unionAll(select(table1.c("myid")), union(select(table2.c("otherid")),
                        select(table3.c("userid")))),
                "SELECT mytable.myid FROM mytable UNION ALL "
                        + "(SELECT myothertable.otherid FROM myothertable UNION "
                        + "SELECT thirdtable.userid FROM thirdtable)");
    }

    /** SelectTest.test_compound_selects, tenth case: members with ORDER BY are grouped. */
    @Test
    void test_compound_selects_memberOrderBy() {
        var s = select(column("foo"), column("bar"));
        assertCompile(union(s.orderBy("foo"), s.orderBy("bar")),
                "(SELECT foo, bar ORDER BY foo) UNION "
                        + "(SELECT foo, bar ORDER BY bar)");
    }

    /** SelectTest.test_compound_selects, eleventh case: members with ORDER BY and LIMIT. */
    @Test
    void test_compound_selects_memberLimit() {
        var s = select(column("foo"), column("bar"));
        assertCompile(union(s.orderBy("foo"), s.orderBy("bar").limit(10)),
                "(SELECT foo, bar ORDER BY foo) UNION (SELECT foo, "
                        + "bar ORDER BY bar LIMIT :param_1)",
                Map.of("param_1", 10));
    }

    /** SelectTest.test_dupe_cols_hey_we_can_union.
     */
    @Test
    void test_dupe_cols_hey_we_can_union() {
        var s1 = select(table1, table1.c("myid")).where(table1.c("myid").eq(5));
        var s2 = select(table1, table2.c("otherid")).where(table1.c("myid").eq(table2.c("otherid")));
        assertCompile(union(s1, s2).orderBy(table1.c("myid")),
                "SELECT mytable.myid, mytable.name, mytable.description, mytable.myid AS myid__1 FROM mytable WHERE mytable.myid = :myid_1 UNION SELECT mytable.myid, mytable.name, mytable.description, myothertable.otherid FROM mytable, myothertable WHERE mytable.myid = myothertable.otherid ORDER BY myid");
    }

    private Select<Object> fooBarFromBat() {
        return select(column("foo"), column("bar")).selectFrom(textFrom("bat"));
    }

    private static io.alchemy.sql.FromClause textFrom(String name) {
        return table(name);
    }

    /** SelectTest.test_compound_grouping, first case: left-nested unions. */
    @Test
    void test_compound_grouping_leftNested() {
        var s = fooBarFromBat();
        assertCompile(union(union(union(s, s), s), s),
                "((SELECT foo, bar FROM bat UNION SELECT foo, bar FROM bat) "
                        + "UNION SELECT foo, bar FROM bat) UNION SELECT foo, bar FROM bat");
    }

    /** SelectTest.test_compound_grouping, second case: one flat union. */
    @Test
    void test_compound_grouping_flat() {
        var s = fooBarFromBat();
        assertCompile(union(s, s, s, s),
                "SELECT foo, bar FROM bat UNION SELECT foo, bar "
                        + "FROM bat UNION SELECT foo, bar FROM bat "
                        + "UNION SELECT foo, bar FROM bat");
    }

    /** SelectTest.test_compound_grouping, third case: right-nested unions. */
    @Test
    void test_compound_grouping_rightNested() {
        var s = fooBarFromBat();
        assertCompile(union(s, union(s, union(s, s))),
                "SELECT foo, bar FROM bat UNION (SELECT foo, bar FROM bat "
                        + "UNION (SELECT foo, bar FROM bat "
                        + "UNION SELECT foo, bar FROM bat))");
    }

    /** SelectTest.test_compound_grouping, fourth case: a select's alias. */
    @Test
    void test_compound_grouping_selectAlias() {
        var s = fooBarFromBat();
        assertCompile(select(s.subquery()),
                "SELECT anon_1.foo, anon_1.bar FROM "
                        + "(SELECT foo, bar FROM bat) AS anon_1");
    }

    /** SelectTest.test_compound_grouping, fifth case: a union's alias. */
    @Test
    void test_compound_grouping_unionAlias() {
        var s = fooBarFromBat();
        assertCompile(select(union(s, s).subquery()),
                "SELECT anon_1.foo, anon_1.bar FROM "
                        + "(SELECT foo, bar FROM bat UNION "
                        + "SELECT foo, bar FROM bat) AS anon_1");
    }

    /** SelectTest.test_compound_grouping, sixth case: an EXCEPT's alias. */
    @Test
    void test_compound_grouping_exceptAlias() {
        var s = fooBarFromBat();
        assertCompile(select(except(s, s).subquery()),
                "SELECT anon_1.foo, anon_1.bar FROM "
                        + "(SELECT foo, bar FROM bat EXCEPT "
                        + "SELECT foo, bar FROM bat) AS anon_1");
    }

    /** SelectTest.test_compound_grouping, seventh case: EXCEPT inside UNION. */
    @Test
    void test_compound_grouping_exceptInUnion() {
        var s = fooBarFromBat();
        assertCompile(union(except(s, s), s),
                "(SELECT foo, bar FROM bat EXCEPT SELECT foo, bar FROM bat) "
                        + "UNION SELECT foo, bar FROM bat");
    }

    /** SelectTest.test_compound_grouping, eighth case: EXCEPT on the right of UNION. */
    @Test
    void test_compound_grouping_exceptOnTheRight() {
        var s = fooBarFromBat();
        assertCompile(union(s, except(s, s)),
                "SELECT foo, bar FROM bat "
                        + "UNION (SELECT foo, bar FROM bat EXCEPT SELECT foo, bar FROM bat)");
    }

    /** SelectTest.test_compound_grouping, ninth case: an EXCEPT selected from as a subquery. */
    @Test
    void test_compound_grouping_exceptSubquery() {
        var s = fooBarFromBat();
        assertCompile(union(select(except(s, s).subquery()), s),
                "SELECT anon_1.foo, anon_1.bar FROM "
                        + "(SELECT foo, bar FROM bat EXCEPT "
                        + "SELECT foo, bar FROM bat) AS anon_1 "
                        + "UNION SELECT foo, bar FROM bat");
    }

    /** SelectTest.test_compound_grouping, tenth case: EXCEPT of two unions. */
    @Test
    void test_compound_grouping_exceptOfUnions() {
        var s = fooBarFromBat();
        assertCompile(except(union(s, s), union(s, s)),
                "(SELECT foo, bar FROM bat UNION SELECT foo, bar FROM bat) "
                        + "EXCEPT (SELECT foo, bar FROM bat UNION SELECT foo, bar FROM bat)");
    }

    /** SelectTest.test_compound_grouping, eleventh case: a union of one union twice. */
    @Test
    void test_compound_grouping_unionOfSameUnion() {
        var s = fooBarFromBat();
        var s2 = union(s, s);
        assertCompile(union(s2, s2),
                "(SELECT foo, bar FROM bat "
                        + "UNION SELECT foo, bar FROM bat) "
                        + "UNION (SELECT foo, bar FROM bat "
                        + "UNION SELECT foo, bar FROM bat)");
    }

    /** SelectTest.test_compound_grouping, twelfth case: union of intersects. */
    @Test
    void test_compound_grouping_unionOfIntersects() {
        var s = fooBarFromBat();
        assertCompile(union(intersect(s, s), intersect(s, s)),
                "(SELECT foo, bar FROM bat INTERSECT SELECT foo, bar FROM bat) "
                        + "UNION (SELECT foo, bar FROM bat INTERSECT "
                        + "SELECT foo, bar FROM bat)");
    }

    /** SelectTest.test_compound_grouping, thirteenth case: members with LIMIT and OFFSET are grouped. */
    @Test
    void test_compound_grouping_limitOffsetMembers() {
        var s = fooBarFromBat();
        assertCompile(union(s.limit(1), s.offset(2)),
                "(SELECT foo, bar FROM bat LIMIT :param_1) "
                        + "UNION (SELECT foo, bar FROM bat LIMIT -1 OFFSET :param_2)");
    }

    /** SelectTest.test_compound_grouping, fourteenth case: ORDER BY and OFFSET members. */
    @Test
    void test_compound_grouping_orderByOffsetMembers() {
        var s = fooBarFromBat();
        assertCompile(union(s.orderBy(column("bar")), s.offset(2)),
                "(SELECT foo, bar FROM bat ORDER BY bar) "
                        + "UNION (SELECT foo, bar FROM bat LIMIT -1 OFFSET :param_1)");
    }

    /** SelectTest.test_compound_grouping, fifteenth case: two LIMIT members. */
    @Test
    void test_compound_grouping_limitMembers() {
        var s = fooBarFromBat();
        assertCompile(union(s.limit(1), s.limit(2)),
                "(SELECT foo, bar FROM bat LIMIT :param_1) "
                        + "UNION (SELECT foo, bar FROM bat LIMIT :param_2)");
    }

    /** SelectTest.test_compound_grouping, seventeenth case: a union of LIMIT members as a subquery. */
    @Test
    void test_compound_grouping_limitMembersSubquery() {
        var s = fooBarFromBat();
        assertCompile(select(union(s.limit(1), s.limit(2).offset(3)).subquery()),
                "SELECT anon_1.foo, anon_1.bar FROM "
                        + "((SELECT foo, bar FROM bat LIMIT :param_1) "
                        + "UNION (SELECT foo, bar FROM bat LIMIT :param_2 OFFSET :param_3)) "
                        + "AS anon_1");
    }

    /** SelectTest.test_compound_grouping, eighteenth case: members selected from subqueries (works on SQLite). */
    @Test
    void test_compound_grouping_subqueryMembers() {
        var s = fooBarFromBat();
        assertCompile(union(select(s.limit(1).subquery()), select(s.offset(2).subquery())),
                "SELECT anon_1.foo, anon_1.bar "
                        + "FROM (SELECT foo, bar FROM bat"
                        + " LIMIT :param_1) AS anon_1 "
                        + "UNION SELECT anon_2.foo, anon_2.bar "
                        + "FROM (SELECT foo, bar "
                        + "FROM bat"
                        + " LIMIT -1 OFFSET :param_2) AS anon_2");
    }

    private final TableClause casttest = table("casttest", col("id", Types.INTEGER), col("v1", Types.FLOAT),
            col("v2", Types.FLOAT), col("ts", Types.DATETIME));

    /** SelectTest.test_cast, PostgreSQL: {@code cast(v1, Numeric)}. */
    @Test
    void test_cast_postgresql_numeric() {
        assertCompile(cast(casttest.c("v1"), Types.NUMERIC), "CAST(casttest.v1 AS NUMERIC)",
                new io.alchemy.dialect.postgresql.PostgreSQLDialect());
    }

    /** SelectTest.test_cast, PostgreSQL: {@code v1.cast(Numeric)}. */
    @Test
    void test_cast_postgresql_castMethod() {
        assertCompile(casttest.c("v1").cast(Types.NUMERIC), "CAST(casttest.v1 AS NUMERIC)",
                new io.alchemy.dialect.postgresql.PostgreSQLDialect());
    }

    /** SelectTest.test_cast, PostgreSQL: {@code cast(v1, Numeric(12, 9))}. */
    @Test
    void test_cast_postgresql_numericPrecision() {
        assertCompile(cast(casttest.c("v1"), Types.numeric(12, 9)), "CAST(casttest.v1 AS NUMERIC(12, 9))",
                new io.alchemy.dialect.postgresql.PostgreSQLDialect());
    }

    /** SelectTest.test_cast, PostgreSQL: {@code cast(ts, Date)}. */
    @Test
    void test_cast_postgresql_date() {
        assertCompile(cast(casttest.c("ts"), Types.DATE), "CAST(casttest.ts AS DATE)",
                new io.alchemy.dialect.postgresql.PostgreSQLDialect());
    }

    /** SelectTest.test_cast, PostgreSQL: {@code cast(1234, Text)}. */
    @Test
    void test_cast_postgresql_text() {
        assertCompile(cast(1234, Types.TEXT), "CAST(? AS TEXT)",
                new io.alchemy.dialect.postgresql.PostgreSQLDialect());
    }

    /** SelectTest.test_cast, PostgreSQL: {@code cast("test", String(20))}. */
    @Test
    void test_cast_postgresql_varchar() {
        assertCompile(cast("test", Types.string(20)), "CAST(? AS VARCHAR(20))",
                new io.alchemy.dialect.postgresql.PostgreSQLDialect());
    }

    /** SelectTest.test_cast, PostgreSQL: a cast of a column in the columns clause is labelled after it.
     */
    @Test
    void test_cast_postgresql_select() {
        assertCompile(select(casttest, cast(casttest.c("v1"), Types.NUMERIC)),
                "SELECT casttest.id, casttest.v1, casttest.v2, casttest.ts, CAST(casttest.v1 AS NUMERIC) AS v1__1 \nFROM casttest",
                new io.alchemy.dialect.postgresql.PostgreSQLDialect());
    }

    /** SelectTest.test_cast, SQLite: {@code cast(v1, Numeric)}. */
    @Test
    void test_cast_sqlite_numeric() {
        assertCompile(cast(casttest.c("v1"), Types.NUMERIC), "CAST(casttest.v1 AS NUMERIC)",
                new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** SelectTest.test_cast, SQLite: {@code cast(v1, Numeric(12, 9))}. */
    @Test
    void test_cast_sqlite_numericPrecision() {
        assertCompile(cast(casttest.c("v1"), Types.numeric(12, 9)), "CAST(casttest.v1 AS NUMERIC(12, 9))",
                new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** SelectTest.test_cast, SQLite: {@code cast(ts, Date)}. */
    @Test
    void test_cast_sqlite_date() {
        assertCompile(cast(casttest.c("ts"), Types.DATE), "CAST(casttest.ts AS DATE)",
                new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** SelectTest.test_cast, SQLite: {@code cast(1234, Text)}. */
    @Test
    void test_cast_sqlite_text() {
        assertCompile(cast(1234, Types.TEXT), "CAST(? AS TEXT)", new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** SelectTest.test_cast, SQLite: {@code cast("test", String(20))}. */
    @Test
    void test_cast_sqlite_varchar() {
        assertCompile(cast("test", Types.string(20)), "CAST(? AS VARCHAR(20))",
                new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** SelectTest.test_cast, MySQL: {@code cast(v1, Numeric)}. */
    @Test
    void test_cast_mysql_numeric() {
        assertCompile(cast(casttest.c("v1"), Types.NUMERIC), "CAST(casttest.v1 AS DECIMAL)",
                new io.alchemy.dialect.mysql.MySQLDialect());
    }

    /** SelectTest.test_cast, MySQL: {@code cast(v1, Numeric(12, 9))}. */
    @Test
    void test_cast_mysql_numericPrecision() {
        assertCompile(cast(casttest.c("v1"), Types.numeric(12, 9)), "CAST(casttest.v1 AS DECIMAL(12, 9))",
                new io.alchemy.dialect.mysql.MySQLDialect());
    }

    /** SelectTest.test_cast, MySQL: {@code cast(ts, Date)}. */
    @Test
    void test_cast_mysql_date() {
        assertCompile(cast(casttest.c("ts"), Types.DATE), "CAST(casttest.ts AS DATE)",
                new io.alchemy.dialect.mysql.MySQLDialect());
    }

    /** SelectTest.test_cast, MySQL: {@code cast(1234, Text)}. */
    @Test
    void test_cast_mysql_text() {
        assertCompile(cast(1234, Types.TEXT), "CAST(? AS CHAR)", new io.alchemy.dialect.mysql.MySQLDialect());
    }

    /** SelectTest.test_cast, MySQL: {@code cast("test", String(20))}. */
    @Test
    void test_cast_mysql_varchar() {
        assertCompile(cast("test", Types.string(20)), "CAST(? AS CHAR(20))",
                new io.alchemy.dialect.mysql.MySQLDialect());
    }

    /** SelectTest.test_cast, MySQL: the labelled cast in a columns clause.
     */
    @Test
    void test_cast_mysql_select() {
        assertCompile(select(casttest, cast(casttest.c("v1"), Types.NUMERIC)),
                "SELECT casttest.id, casttest.v1, casttest.v2, casttest.ts, CAST(casttest.v1 AS DECIMAL) AS v1__1 \nFROM casttest",
                new io.alchemy.dialect.mysql.MySQLDialect());
    }

    /** SelectTest.test_cast, SQLite: {@code cast(null(), Integer)}. */
    @Test
    void test_cast_sqlite_null() {
        assertCompile(cast(null_(), Types.INTEGER), "CAST(NULL AS INTEGER)", new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** SelectTest.test_cast, SQLite: {@code cast(literal_column("NULL"), Integer)}. */
    @Test
    void test_cast_sqlite_literalNull() {
        assertCompile(cast(literalColumn("NULL"), Types.INTEGER), "CAST(NULL AS INTEGER)",
                new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** SelectTest.test_over: {@code row_number().over()}. */
    @Test
    void test_over_empty() {
        assertCompile(func.rowNumber().over(), "row_number() OVER ()");
    }

    /** SelectTest.test_over: ORDER BY two columns. */
    @Test
    void test_over_orderBy() {
        assertCompile(func.rowNumber().over(orderBy(table1.c("name"), table1.c("description"))),
                "row_number() OVER (ORDER BY mytable.name, mytable.description)");
    }

    /** SelectTest.test_over: PARTITION BY two columns. */
    @Test
    void test_over_partitionBy() {
        assertCompile(func.rowNumber().over(partitionBy(table1.c("name"), table1.c("description"))),
                "row_number() OVER (PARTITION BY mytable.name, "
                        + "mytable.description)");
    }

    /** SelectTest.test_over: PARTITION BY and ORDER BY. */
    @Test
    void test_over_partitionByOrderBy() {
        assertCompile(func.rowNumber().over(partitionBy(table1.c("name")).orderBy(table1.c("description"))),
                "row_number() OVER (PARTITION BY mytable.name "
                        + "ORDER BY mytable.description)");
    }

    /** SelectTest.test_over: PARTITION BY one, ORDER BY two. */
    @Test
    void test_over_partitionByOrderByTwo() {
        assertCompile(func.rowNumber().over(partitionBy(table1.c("name"))
                        .orderBy(table1.c("name"), table1.c("description"))),
                "row_number() OVER (PARTITION BY mytable.name "
                        + "ORDER BY mytable.name, mytable.description)");
    }

    /** SelectTest.test_over: a labelled window function. */
    @Test
    void test_over_label() {
        assertCompile(select(func.rowNumber().over(orderBy(table1.c("description"))).label("foo")),
                "SELECT row_number() OVER (ORDER BY mytable.description) "
                        + "AS foo FROM mytable");
    }

    /** SelectTest.test_over: the FROM comes from the function, PARTITION BY a name. */
    @Test
    void test_over_fromFunction() {
        assertCompile(select(func.max(table1.c("name")).over(partitionBy(table1.c("description")))),
                "SELECT max(mytable.name) OVER (PARTITION BY mytable.description) "
                        + "AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over: the FROM comes from PARTITION BY. */
    @Test
    void test_over_fromPartitionBy() {
        assertCompile(select(func.rowNumber().over(partitionBy(table1.c("name")))),
                "SELECT row_number() OVER (PARTITION BY mytable.name) "
                        + "AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over: the FROM comes from ORDER BY. */
    @Test
    void test_over_fromOrderBy() {
        assertCompile(select(func.rowNumber().over(orderBy(table1.c("name")))),
                "SELECT row_number() OVER (ORDER BY mytable.name) "
                        + "AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over: a window function in an arithmetic expression. */
    @Test
    void test_over_inExpression() {
        assertCompile(select(column("x").plus(func.call("foo").over())), "SELECT x + foo() OVER () AS anon_1");
    }

    /** SelectTest.test_over: ORDER BY a label of the subquery selected from. */
    @Test
    void test_over_subqueryLabel() {
        var expr = table1.c("myid").plus(5).label("sum");
        var stmt = select(expr).subquery();
        assertCompile(select(stmt.c("sum"), func.rowNumber().over(orderBy(stmt.c("sum")))),
                "SELECT anon_1.sum, row_number() OVER (ORDER BY anon_1.sum) "
                        + "AS anon_2 FROM (SELECT mytable.myid + :myid_1 AS sum "
                        + "FROM mytable) AS anon_1");
    }

    /** SelectTest.test_over: ORDER BY a label of the same columns clause renders its expression. */
    @Test
    void test_over_sameLevelLabel() {
        var expr = table1.c("myid").plus(5).label("sum");
        assertCompile(select(expr, func.rowNumber().over(orderBy(expr))),
                "SELECT mytable.myid + :myid_1 AS sum, "
                        + "row_number() OVER "
                        + "(ORDER BY mytable.myid + :myid_1) AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over_framespec: ROWS (0, None). */
    @Test
    void test_over_framespec_rowsCurrentUnbounded() {
        assertCompile(select(func.rowNumber().over(orderBy(table1.c("myid")).rows(0, null))),
                "SELECT row_number() OVER "
                        + "(ORDER BY mytable.myid ROWS BETWEEN CURRENT "
                        + "ROW AND UNBOUNDED FOLLOWING)"
                        + " AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over_framespec: ROWS (None, None). */
    @Test
    void test_over_framespec_rowsUnbounded() {
        assertCompile(select(func.rowNumber().over(orderBy(table1.c("myid")).rows(null, null))),
                "SELECT row_number() OVER "
                        + "(ORDER BY mytable.myid ROWS BETWEEN UNBOUNDED "
                        + "PRECEDING AND UNBOUNDED FOLLOWING)"
                        + " AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over_framespec: RANGE (None, 0). */
    @Test
    void test_over_framespec_rangeUnboundedCurrent() {
        assertCompile(select(func.rowNumber().over(orderBy(table1.c("myid")).range(null, 0))),
                "SELECT row_number() OVER "
                        + "(ORDER BY mytable.myid RANGE BETWEEN "
                        + "UNBOUNDED PRECEDING AND CURRENT ROW)"
                        + " AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over_framespec: RANGE (-5, 10).
     */
    @Test
    void test_over_framespec_range_5_10() {
        assertCompile(select(func.rowNumber().over(orderBy(table1.c("myid")).range(-5, 10))),
                "SELECT row_number() OVER (ORDER BY mytable.myid RANGE BETWEEN :param_1 PRECEDING AND :param_2 FOLLOWING) AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over_framespec: RANGE (1, 10).
     */
    @Test
    void test_over_framespec_range_1_10() {
        assertCompile(select(func.rowNumber().over(orderBy(table1.c("myid")).range(1, 10))),
                "SELECT row_number() OVER (ORDER BY mytable.myid RANGE BETWEEN :param_1 FOLLOWING AND :param_2 FOLLOWING) AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over_framespec: RANGE (-10, -1).
     */
    @Test
    void test_over_framespec_range_10_1() {
        assertCompile(select(func.rowNumber().over(orderBy(table1.c("myid")).range(-10, -1))),
                "SELECT row_number() OVER (ORDER BY mytable.myid RANGE BETWEEN :param_1 PRECEDING AND :param_2 PRECEDING) AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over_framespec: GROUPS (None, 0). */
    @Test
    void test_over_framespec_groupsUnboundedCurrent() {
        assertCompile(select(func.rowNumber().over(orderBy(table1.c("myid")).groups(null, 0))),
                "SELECT row_number() OVER "
                        + "(ORDER BY mytable.myid GROUPS BETWEEN "
                        + "UNBOUNDED PRECEDING AND CURRENT ROW)"
                        + " AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over_framespec: GROUPS (-5, 10).
     */
    @Test
    void test_over_framespec_groups_5_10() {
        assertCompile(select(func.rowNumber().over(orderBy(table1.c("myid")).groups(-5, 10))),
                "SELECT row_number() OVER (ORDER BY mytable.myid GROUPS BETWEEN :param_1 PRECEDING AND :param_2 FOLLOWING) AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over_framespec: GROUPS (1, 10).
     */
    @Test
    void test_over_framespec_groups_1_10() {
        assertCompile(select(func.rowNumber().over(orderBy(table1.c("myid")).groups(1, 10))),
                "SELECT row_number() OVER (ORDER BY mytable.myid GROUPS BETWEEN :param_1 FOLLOWING AND :param_2 FOLLOWING) AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over_framespec: GROUPS (-10, -1).
     */
    @Test
    void test_over_framespec_groups_10_1() {
        assertCompile(select(func.rowNumber().over(orderBy(table1.c("myid")).groups(-10, -1))),
                "SELECT row_number() OVER (ORDER BY mytable.myid GROUPS BETWEEN :param_1 PRECEDING AND :param_2 PRECEDING) AS anon_1 FROM mytable");
    }

    /** SelectTest.test_over_within_group, first case: WITHIN GROUP then OVER with a RANGE frame.
     */
    @Test
    void test_over_within_group_range() {
        var stmt = select(table1.c("myid"), func.percentileCont(0.5).withinGroup(table1.c("name").desc())
                .over(partitionBy(table1.c("name")).orderBy(table1.c("myid")).range(1, 2)));
        assertCompile(stmt,
                "SELECT mytable.myid, percentile_cont(:percentile_cont_1) WITHIN GROUP (ORDER BY mytable.name DESC) OVER (PARTITION BY mytable.name ORDER BY mytable.myid RANGE BETWEEN :param_1 FOLLOWING AND :param_2 FOLLOWING) AS anon_1 FROM mytable");
    }

    /** SelectTest.test_date_between, first case. */
    @Test
    void test_date_between() {
        TableClause dt = table("dt", col("date", Types.DATE));
        assertCompile(select(dt).where(dt.c("date").between(java.time.LocalDate.of(2006, 6, 1),
                        java.time.LocalDate.of(2006, 6, 5))),
                "SELECT dt.date FROM dt WHERE dt.date BETWEEN :date_1 AND :date_2",
                Map.of("date_1", java.time.LocalDate.of(2006, 6, 1), "date_2", java.time.LocalDate.of(2006, 6, 5)));
    }

    /** SelectTest.test_naming: a plain column. */
    @Test
    void test_naming_column() {
        assertCompile(select(table1.c("name")).selectFrom(table1), "SELECT mytable.name FROM mytable");
        assertCompile(select(select(table1.c("name")).selectFrom(table1).subquery()),
                "SELECT anon_1.name FROM (SELECT mytable.name AS name FROM mytable) AS anon_1");
    }

    /** SelectTest.test_naming: a comparison is labelled anonymously. */
    @Test
    void test_naming_comparison() {
        var s1 = select(table1.c("myid").eq(12)).selectFrom(table1);
        assertCompile(s1, "SELECT mytable.myid = :myid_1 AS anon_1 FROM mytable");
        assertCompile(select(s1.subquery()),
                "SELECT anon_2.anon_1 FROM (SELECT mytable.myid = :myid_1 AS anon_1 FROM mytable) AS anon_2");
    }

    /** SelectTest.test_naming: a function is labelled after its name. */
    @Test
    void test_naming_function() {
        var s1 = select(func.call("hoho", table1.c("myid"))).selectFrom(table1);
        assertCompile(s1, "SELECT hoho(mytable.myid) AS hoho_1 FROM mytable");
        assertCompile(select(s1.subquery()),
                "SELECT anon_1.hoho_1 FROM (SELECT hoho(mytable.myid) AS hoho_1 FROM mytable) AS anon_1");
    }

    /** SelectTest.test_naming: a cast of a column is labelled after the column. */
    @Test
    void test_naming_cast() {
        var s1 = select(cast(table1.c("name"), Types.NUMERIC)).selectFrom(table1);
        assertCompile(s1, "SELECT CAST(mytable.name AS NUMERIC) AS name FROM mytable");
        assertCompile(select(s1.subquery()),
                "SELECT anon_1.name FROM (SELECT CAST(mytable.name AS NUMERIC) AS name FROM mytable) AS anon_1");
    }

    /** SelectTest.test_naming: a name that needs quoting. */
    @Test
    void test_naming_quotedName() {
        var s1 = select(column("some wacky thing")).selectFrom(table1);
        assertCompile(s1, "SELECT \"some wacky thing\" FROM mytable");
        assertCompile(select(s1.subquery()),
                "SELECT anon_1.\"some wacky thing\" FROM (SELECT \"some wacky thing\" FROM mytable) AS anon_1");
    }

    /** SelectTest.test_naming: a literal is labelled anonymously. */
    @Test
    void test_naming_literal() {
        var s1 = select(literal("x")).selectFrom(table1);
        assertCompile(s1, "SELECT :param_1 AS anon_1 FROM mytable");
        assertCompile(select(s1.subquery()),
                "SELECT anon_2.anon_1 FROM (SELECT :param_1 AS anon_1 FROM mytable) AS anon_2");
    }

    /** SelectTest.test_true_short_circuit, first case: {@code where(true())} without a native boolean.
     */
    @Test
    void test_true_short_circuit_nonNative() {
        TableClause t = untyped("t", "x");
        assertCompile(select(t).where(true_()),
                "SELECT t.x FROM t WHERE 1 = 1",
                new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** SelectTest.test_true_short_circuit, second case: {@code where(true())} with a native boolean. */
    @Test
    void test_true_short_circuit_native() {
        TableClause t = untyped("t", "x");
        assertCompile(select(t).where(true_()), "SELECT t.x FROM t WHERE true",
                new io.alchemy.dialect.postgresql.PostgreSQLDialect());
    }

    /** SelectTest.test_dupe_columns, qmark case: three bind parameters positionally. */
    @Test
    void test_dupe_columns_bindparams_qmark() {
        assertCompile(select(bindparam("a"), bindparam("b"), bindparam("c")),
                "SELECT ? AS anon_1, ? AS anon_2, ? AS anon_3", new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** SelectTest.test_paramstyles, named: a text() prints its names. */
    @Test
    void test_paramstyles_named() {
        org.assertj.core.api.Assertions.assertThat(text("select :foo, :bar, :bat from sometable").toString())
                .isEqualTo("select :foo, :bar, :bat from sometable");
    }

    /** SelectTest.test_paramstyles, qmark: a text() sent positionally. */
    @Test
    void test_paramstyles_qmark() {
        org.assertj.core.api.Assertions.assertThat(text("select :foo, :bar, :bat from sometable")
                        .compile(new io.alchemy.dialect.sqlite.SQLiteDialect()).sql())
                .isEqualTo("select ?, ?, ? from sometable");
    }


    /** SelectTest.test_exists, seventh case: {@code exists()} with {@code where} and explicit correlate. */
    @Test
    void test_exists_correlateRepeated() {
        assertCompile(select(table1).where(exists().where(table2.c("otherid").eq(table1.c("myid")))
                        .correlate(table1)),
                "SELECT mytable.myid, mytable.name, "
                        + "mytable.description FROM mytable WHERE "
                        + "EXISTS (SELECT * FROM myothertable WHERE "
                        + "myothertable.otherid = mytable.myid)");
    }

    /** SelectTest.test_fetch_limit_offset_self_group, first case: a grouped SELECT with LIMIT. */
    @Test
    void test_fetch_limit_offset_self_group_limit() {
        assertCompile(select(literalColumn("1")).limit(1).scalarSubquery(), "(SELECT 1 LIMIT :param_1)");
    }

    /** SelectTest.test_fetch_limit_offset_self_group, second case: a grouped SELECT with OFFSET. */
    @Test
    void test_fetch_limit_offset_self_group_offset() {
        assertCompile(select(literalColumn("1")).offset(1).scalarSubquery(), "(SELECT 1 LIMIT -1 OFFSET :param_1)");
    }

    /** SelectTest.test_fetch_limit_offset_self_group, third case: a grouped SELECT with FETCH. */
    @Test
    void test_fetch_limit_offset_self_group_fetch() {
        assertCompile(select(literalColumn("1")).fetch(1).scalarSubquery(), "(SELECT 1 FETCH FIRST :param_1 ROWS ONLY)");
    }


    /** SelectTest.test_compound_grouping, sixteenth case: two LIMIT members given as subquery elements. */
    @Test
    void test_compound_grouping_limitMembersElements() {
        var s = fooBarFromBat();
        assertCompile(union(s.limit(1).subquery("a").select(), s.limit(2).subquery("b").select()),
                "(SELECT foo, bar FROM bat LIMIT :param_1) "
                        + "UNION (SELECT foo, bar FROM bat LIMIT :param_2)");
    }

    private void assertOrderByLabelLineage(java.util.function.UnaryOperator<io.alchemy.sql.ColumnElement<?>> operator,
            String expected) {
        var lab1 = table1.c("myid").plus(12).label("foo");
        var lab2 = func.call("somefunc", table1.c("name")).label("bar");
        assertCompile(select(lab1, lab2).orderBy(operator.apply(lab2.element().label("bar"))),
                "SELECT mytable.myid + :myid_1 AS foo, "
                        + "somefunc(mytable.name) AS bar FROM mytable "
                        + "ORDER BY bar " + expected);
    }

    /** SelectTest.test_order_by_labels_enabled, (desc, "DESC"): a new label of the same expression is the label. */
    @Test
    void test_order_by_labels_enabled_desc_lineage() {
        assertOrderByLabelLineage(c -> desc(c), "DESC");
    }

    /** SelectTest.test_order_by_labels_enabled, (asc, "ASC"), by lineage. */
    @Test
    void test_order_by_labels_enabled_asc_lineage() {
        assertOrderByLabelLineage(c -> asc(c), "ASC");
    }

    /** SelectTest.test_order_by_labels_enabled, (nulls_first, "NULLS FIRST"), by lineage. */
    @Test
    void test_order_by_labels_enabled_nullsFirst_lineage() {
        assertOrderByLabelLineage(c -> nullsFirst(c), "NULLS FIRST");
    }

    /** SelectTest.test_order_by_labels_enabled, (nulls_last, "NULLS LAST"), by lineage. */
    @Test
    void test_order_by_labels_enabled_nullsLast_lineage() {
        assertOrderByLabelLineage(c -> nullsLast(c), "NULLS LAST");
    }

    /** SelectTest.test_order_by_labels_enabled, (c.desc().nulls_last(), "DESC NULLS LAST"), by lineage. */
    @Test
    void test_order_by_labels_enabled_descNullsLast_lineage() {
        assertOrderByLabelLineage(c -> c.desc().nullsLast(), "DESC NULLS LAST");
    }

    /** SelectTest.test_order_by_labels_enabled, (c.nulls_first().asc(), "NULLS FIRST ASC"), by lineage. */
    @Test
    void test_order_by_labels_enabled_nullsFirstAsc_lineage() {
        assertOrderByLabelLineage(c -> c.nullsFirst().asc(), "NULLS FIRST ASC");
    }

    /** SelectTest.test_over: empty PARTITION BY, ORDER BY two columns. */
    @Test
    void test_over_emptyPartitionBy() {
        assertCompile(func.rowNumber().over(partitionBy().orderBy(table1.c("name"), table1.c("description"))),
                "row_number() OVER (ORDER BY mytable.name, mytable.description)");
    }

    /** SelectTest.test_over: PARTITION BY two columns, empty ORDER BY. */
    @Test
    void test_over_emptyOrderBy() {
        assertCompile(func.rowNumber().over(partitionBy(table1.c("name"), table1.c("description")).orderBy()),
                "row_number() OVER (PARTITION BY mytable.name, "
                        + "mytable.description)");
    }

    /** SelectTest.test_over: both empty. */
    @Test
    void test_over_bothEmpty() {
        assertCompile(func.rowNumber().over(partitionBy().orderBy()), "row_number() OVER ()");
    }

    /** SelectTest.test_cast, SQLite: {@code v1.cast(Numeric)}. */
    @Test
    void test_cast_sqlite_castMethod() {
        assertCompile(casttest.c("v1").cast(Types.NUMERIC), "CAST(casttest.v1 AS NUMERIC)",
                new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** SelectTest.test_cast, MySQL: {@code v1.cast(Numeric)}. */
    @Test
    void test_cast_mysql_castMethod() {
        assertCompile(casttest.c("v1").cast(Types.NUMERIC), "CAST(casttest.v1 AS DECIMAL)",
                new io.alchemy.dialect.mysql.MySQLDialect());
    }

    /** SelectTest.test_cast, SQLite: {@code cast(text("NULL"), Integer)}. */
    @Test
    void test_cast_sqlite_textNull() {
        assertCompile(cast(text("NULL"), Types.INTEGER), "CAST(NULL AS INTEGER)",
                new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** SelectTest.test_naming: a Table column (not a lightweight column). */
    @Test
    void test_naming_tableColumn() {
        var t1 = new io.alchemy.schema.MetaData().table("mytable", io.alchemy.Alchemy.column("col1", Types.INTEGER));
        var s1 = select(t1.c("col1")).selectFrom(t1);
        assertCompile(s1, "SELECT mytable.col1 FROM mytable");
        assertCompile(select(s1.subquery()),
                "SELECT anon_1.col1 FROM (SELECT mytable.col1 AS col1 FROM mytable) AS anon_1");
    }

    /** SelectTest.test_over_within_group, second case: WITHIN GROUP then OVER with a ROWS frame. */
    @Test
    void test_over_within_group_rows() {
        var stmt = select(table1.c("myid"), func.percentileCont(0.5).withinGroup(table1.c("name").desc())
                .over(partitionBy(table1.c("name")).orderBy(table1.c("myid")).rows(1, 2)));
        assertCompile(stmt, "SELECT mytable.myid, percentile_cont(:percentile_cont_1) "
                + "WITHIN GROUP (ORDER BY mytable.name DESC) "
                + "OVER (PARTITION BY mytable.name ORDER BY mytable.myid "
                + "ROWS BETWEEN :param_1 FOLLOWING AND :param_2 FOLLOWING) "
                + "AS anon_1 FROM mytable");
    }

    /** SelectTest.test_cast, SQLite: the labelled cast in a columns clause. */
    @Test
    void test_cast_sqlite_select() {
        assertCompile(select(casttest, cast(casttest.c("v1"), Types.NUMERIC)),
                "SELECT casttest.id, casttest.v1, casttest.v2, "
                        + "casttest.ts, CAST(casttest.v1 AS NUMERIC) AS "
                        + "v1__1 \nFROM casttest",
                new io.alchemy.dialect.sqlite.SQLiteDialect());
    }
}
