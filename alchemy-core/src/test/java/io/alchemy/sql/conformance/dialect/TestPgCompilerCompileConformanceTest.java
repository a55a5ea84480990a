package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;

import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.ForUpdate;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/postgresql/test_compiler.py} ({@code CompileTest}, {@code DistinctOnTest}):
 * the PostgreSQL dialect's SQL, compared in psycopg2's {@code pyformat} paramstyle ({@link SqlAlchemyParamstyle}).
 * Expected strings verbatim.
 */
@PortedFrom("test/dialect/postgresql/test_compiler.py")
class TestPgCompilerCompileConformanceTest {
    private static final SqlAlchemyParamstyle PG = SqlAlchemyParamstyle.PYFORMAT;
    private final TableClause table1 = table("mytable", col("myid", Types.INTEGER), col("name", Types.STRING),
            col("description", Types.STRING));
    private final TableClause ftable1 = table("mytable", col("myid"), col("name"), col("description"));

    private void pg(io.alchemy.sql.Executable stmt, String expected) {
        PG.assertCompile(stmt, expected, TestDialects.POSTGRESQL);
    }

    /** CompileTest.test_update_returning, columns. */
    @Test
    void test_update_returning() {
        pg(update(table1).values(Map.of("name", "foo")).returning(table1.c("myid"), table1.c("name")),
                "UPDATE mytable SET name=%(name)s RETURNING mytable.myid, mytable.name");
    }

    /** CompileTest.test_update_returning, the table. */
    @Test
    void test_update_returning_2() {
        pg(update(table1).values(Map.of("name", "foo")).returning(table1),
                "UPDATE mytable SET name=%(name)s RETURNING mytable.myid, mytable.name, mytable.description");
    }

    /** CompileTest.test_update_returning, a function. */
    @Test
    void test_update_returning_3() {
        pg(update(table1).values(Map.of("name", "foo")).returning(func.length(table1.c("name"))),
                "UPDATE mytable SET name=%(name)s RETURNING length(mytable.name) AS length_1");
    }

    /** CompileTest.test_insert_returning, columns. */
    @Test
    void test_insert_returning() {
        pg(insert(table1).values(Map.of("name", "foo")).returning(table1.c("myid"), table1.c("name")),
                "INSERT INTO mytable (name) VALUES (%(name)s) RETURNING mytable.myid, mytable.name");
    }

    /** CompileTest.test_insert_returning, the table. */
    @Test
    void test_insert_returning_2() {
        pg(insert(table1).values(Map.of("name", "foo")).returning(table1),
                "INSERT INTO mytable (name) VALUES (%(name)s) RETURNING mytable.myid, mytable.name, "
                        + "mytable.description");
    }

    /** CompileTest.test_insert_returning, a function. */
    @Test
    void test_insert_returning_3() {
        pg(insert(table1).values(Map.of("name", "foo")).returning(func.length(table1.c("name"))),
                "INSERT INTO mytable (name) VALUES (%(name)s) RETURNING length(mytable.name) AS length_1");
    }

    private io.alchemy.sql.Select<?> sel7() {
        return select(ftable1).where(ftable1.c("myid").eq(7));
    }

    private static final String SEL7 = "SELECT mytable.myid, mytable.name, mytable.description FROM mytable "
            + "WHERE mytable.myid = %(myid_1)s ";

    /** CompileTest.test_for_update: plain. */
    @Test
    void test_for_update() {
        pg(sel7().forUpdate(), SEL7 + "FOR UPDATE");
    }

    /** CompileTest.test_for_update: nowait. */
    @Test
    void test_for_update_nowait() {
        pg(sel7().forUpdate(ForUpdate.UPDATE.withNowait()), SEL7 + "FOR UPDATE NOWAIT");
    }

    /** CompileTest.test_for_update: skip_locked. */
    @Test
    void test_for_update_skip_locked() {
        pg(sel7().forUpdate(ForUpdate.UPDATE.withSkipLocked()), SEL7 + "FOR UPDATE SKIP LOCKED");
    }

    /** CompileTest.test_for_update: read. */
    @Test
    void test_for_update_read() {
        pg(sel7().forUpdate(ForUpdate.share()), SEL7 + "FOR SHARE");
    }

    /** CompileTest.test_for_update: read, nowait. */
    @Test
    void test_for_update_read_nowait() {
        pg(sel7().forUpdate(ForUpdate.share().withNowait()), SEL7 + "FOR SHARE NOWAIT");
    }

    /** CompileTest.test_for_update: key_share, nowait. */
    @Test
    void test_for_update_key_share_nowait() {
        pg(sel7().forUpdate(ForUpdate.UPDATE.withKeyShare().withNowait()), SEL7 + "FOR NO KEY UPDATE NOWAIT");
    }

    /** CompileTest.test_for_update: key_share, read, nowait. */
    @Test
    void test_for_update_key_share_read_nowait() {
        pg(sel7().forUpdate(ForUpdate.share().withKeyShare().withNowait()), SEL7 + "FOR KEY SHARE NOWAIT");
    }

    /** CompileTest.test_for_update: read, skip_locked. */
    @Test
    void test_for_update_read_skip_locked() {
        pg(sel7().forUpdate(ForUpdate.share().withSkipLocked()), SEL7 + "FOR SHARE SKIP LOCKED");
    }

    /** CompileTest.test_for_update: of the table (SQLAlchemy's {@code of=table1.c.myid} names the table). */
    @Test
    void test_for_update_of() {
        pg(sel7().forUpdate(ForUpdate.UPDATE.of(ftable1)), SEL7 + "FOR UPDATE OF mytable");
    }

    /** CompileTest.test_for_update: read, nowait, of. */
    @Test
    void test_for_update_read_nowait_of() {
        pg(sel7().forUpdate(ForUpdate.share().withNowait().of(ftable1)), SEL7 + "FOR SHARE OF mytable NOWAIT");
    }

    /** CompileTest.test_for_update: key_share, read, nowait, of. */
    @Test
    void test_for_update_key_share_read_nowait_of() {
        pg(sel7().forUpdate(ForUpdate.share().withKeyShare().withNowait().of(ftable1)),
                SEL7 + "FOR KEY SHARE OF mytable NOWAIT");
    }

    /** CompileTest.test_for_update: key_share, read, skip_locked, of. */
    @Test
    void test_for_update_key_share_read_skip_locked_of() {
        pg(sel7().forUpdate(ForUpdate.share().withKeyShare().withSkipLocked().of(ftable1)),
                SEL7 + "FOR KEY SHARE OF mytable SKIP LOCKED");
    }

    /** CompileTest.test_for_update: skip_locked, of. */
    @Test
    void test_for_update_skip_locked_of() {
        pg(sel7().forUpdate(ForUpdate.UPDATE.withSkipLocked().of(ftable1)), SEL7 + "FOR UPDATE OF mytable SKIP LOCKED");
    }

    /** CompileTest.test_for_update: read, skip_locked, of. */
    @Test
    void test_for_update_read_skip_locked_of() {
        pg(sel7().forUpdate(ForUpdate.share().withSkipLocked().of(ftable1)), SEL7 + "FOR SHARE OF mytable SKIP LOCKED");
    }

    /** CompileTest.test_for_update: key_share, nowait, of. */
    @Test
    void test_for_update_key_share_nowait_of() {
        pg(sel7().forUpdate(ForUpdate.UPDATE.withKeyShare().withNowait().of(ftable1)),
                SEL7 + "FOR NO KEY UPDATE OF mytable NOWAIT");
    }

    /** CompileTest.test_for_update: key_share, skip_locked, of. */
    @Test
    void test_for_update_key_share_skip_locked_of() {
        pg(sel7().forUpdate(ForUpdate.UPDATE.withKeyShare().withSkipLocked().of(ftable1)),
                SEL7 + "FOR NO KEY UPDATE OF mytable SKIP LOCKED");
    }

    /** CompileTest.test_for_update: key_share, of. */
    @Test
    void test_for_update_key_share_of() {
        pg(sel7().forUpdate(ForUpdate.UPDATE.withKeyShare().of(ftable1)), SEL7 + "FOR NO KEY UPDATE OF mytable");
    }

    /** CompileTest.test_for_update: key_share. */
    @Test
    void test_for_update_key_share() {
        pg(sel7().forUpdate(ForUpdate.UPDATE.withKeyShare()), SEL7 + "FOR NO KEY UPDATE");
    }

    /** CompileTest.test_for_update: read, key_share. */
    @Test
    void test_for_update_read_key_share() {
        pg(sel7().forUpdate(ForUpdate.share().withKeyShare()), SEL7 + "FOR KEY SHARE");
    }

    /** CompileTest.test_for_update: read, key_share, of. */
    @Test
    void test_for_update_read_key_share_of() {
        pg(sel7().forUpdate(ForUpdate.share().withKeyShare().of(ftable1)), SEL7 + "FOR KEY SHARE OF mytable");
    }

    /** CompileTest.test_for_update: read, of. */
    @Test
    void test_for_update_read_of() {
        pg(sel7().forUpdate(ForUpdate.share().of(ftable1)), SEL7 + "FOR SHARE OF mytable");
    }

    /** CompileTest.test_for_update: read, key_share, skip_locked. */
    @Test
    void test_for_update_read_key_share_skip_locked() {
        pg(sel7().forUpdate(ForUpdate.share().withKeyShare().withSkipLocked()), SEL7 + "FOR KEY SHARE SKIP LOCKED");
    }

    /** CompileTest.test_for_update: key_share, skip_locked. */
    @Test
    void test_for_update_key_share_skip_locked() {
        pg(sel7().forUpdate(ForUpdate.UPDATE.withKeyShare().withSkipLocked()), SEL7 + "FOR NO KEY UPDATE SKIP LOCKED");
    }

    /** CompileTest.test_for_update: of an alias. */
    @Test
    void test_for_update_alias() {
        var ta = ftable1.alias();
        pg(select(ta).where(ta.c("myid").eq(7)).forUpdate(ForUpdate.UPDATE.of(ta)),
                "SELECT mytable_1.myid, mytable_1.name, mytable_1.description FROM mytable AS mytable_1 "
                        + "WHERE mytable_1.myid = %(myid_1)s FOR UPDATE OF mytable_1");
    }

    /** CompileTest.test_for_update: of a join names its tables. */
    @Test
    void test_for_update_join() {
        TableClause table2 = table("table2", col("mytable_id"));
        var join = table2.join(ftable1, table2.c("mytable_id").eq(ftable1.c("myid")));
        pg(select(join).where(table2.c("mytable_id").eq(7)).forUpdate(ForUpdate.UPDATE.of(join)),
                "SELECT table2.mytable_id, mytable.myid, mytable.name, mytable.description FROM table2 "
                        + "JOIN mytable ON table2.mytable_id = mytable.myid "
                        + "WHERE table2.mytable_id = %(mytable_id_1)s FOR UPDATE OF mytable, table2");
    }

    /** CompileTest.test_for_update_with_schema: OF names the table without its schema. */
    @Test
    void test_for_update_with_schema() {
        TableClause t = new TableClause("mytable", "testschema", java.util.List.of(col("myid"), col("name")));
        pg(select(t).where(t.c("myid").eq(7)).forUpdate(ForUpdate.UPDATE.of(t)),
                "SELECT testschema.mytable.myid, testschema.mytable.name FROM testschema.mytable "
                        + "WHERE testschema.mytable.myid = %(myid_1)s FOR UPDATE OF mytable");
    }

    /** CompileTest.test_reserved_words. */
    @Test
    void test_reserved_words() {
        MetaData m = new MetaData();
        Table t = m.table("pg_table", column("col1", Types.INTEGER), column("variadic", Types.INTEGER));
        pg(select(t.c("col1"), t.c("variadic")), "SELECT pg_table.col1, pg_table.\"variadic\" FROM pg_table");
    }

    /** CompileTest.test_delete_extra_froms. */
    @Test
    void test_delete_extra_froms() {
        TableClause t1 = table("t1", col("c1"));
        TableClause t2 = table("t2", col("c1"));
        pg(delete(t1).where(t1.c("c1").eq(t2.c("c1"))), "DELETE FROM t1 USING t2 WHERE t1.c1 = t2.c1");
    }

    /** CompileTest.test_difficult_update_3. */
    @Test
    void test_difficult_update_3() {
        TableClause accounts = table("accounts", col("sales_id", Types.INTEGER), col("sales_person", Types.INTEGER),
                col("contact_first_name", Types.STRING), col("contact_last_name", Types.STRING),
                col("name", Types.STRING));
        TableClause employees = table("employees", col("id", Types.INTEGER), col("sales_count", Types.STRING));
        PG.assertCompile(update(employees).values(employees.c("sales_count"), employees.c("sales_count").plus(1))
                        .where(employees.c("id").eq(select(accounts.c("sales_person"))
                                .where(accounts.c("name").eq("Acme Corporation")).scalarSubquery())),
                "UPDATE employees SET sales_count=(employees.sales_count + %(sales_count_1)s) WHERE employees.id = "
                        + "(SELECT accounts.sales_person FROM accounts WHERE accounts.name = %(name_1)s)",
                Map.of("sales_count_1", 1, "name_1", "Acme Corporation"), TestDialects.POSTGRESQL);
    }

    /** CompileTest.test_ilike_escaping (ILIKE on PostgreSQL). */
    @Test
    void test_ilike() {
        PG.assertCompile(column("foo").ilike("bar"), "foo ILIKE %(foo_1)s", TestDialects.POSTGRESQL);
    }

    /** CompileTest.test_ilike_escaping: NOT ILIKE. */
    @Test
    void test_notilike() {
        PG.assertCompile(column("foo").notIlike("bar"), "foo NOT ILIKE %(foo_1)s", TestDialects.POSTGRESQL);
    }

    /** CompileTest.test_substring is not ported (SUBSTRING FROM FOR); test_fetch: LIMIT ALL OFFSET. */
    @Test
    void test_fetch_offset_only() {
        PG.assertCompile(select(literalColumn("1")).offset(10), "SELECT 1 LIMIT ALL OFFSET %(param_1)s",
                Map.of("param_1", 10), TestDialects.POSTGRESQL);
    }

    private final TableClause t = table("t", col("id", Types.INTEGER), col("a", Types.STRING), col("b", Types.STRING));

    /** DistinctOnTest.test_plain_generative. */
    @Test
    void test_plain_generative() {
        pg(select(t).distinct(), "SELECT DISTINCT t.id, t.a, t.b FROM t");
    }

    /** DistinctOnTest.test_on_columns_generative. */
    @Test
    void test_on_columns_generative() {
        pg(select(t).distinct(t.c("a")), "SELECT DISTINCT ON (t.a) t.id, t.a, t.b FROM t");
    }

    /** DistinctOnTest.test_on_columns_generative_multi_call. */
    @Test
    void test_on_columns_generative_multi_call() {
        pg(select(t).distinct(t.c("a")).distinct(t.c("b")), "SELECT DISTINCT ON (t.a, t.b) t.id, t.a, t.b FROM t");
    }

    /** DistinctOnTest.test_on_columns_inline_list. */
    @Test
    void test_on_columns_inline_list() {
        pg(select(t).distinct(t.c("a"), t.c("b")).orderBy(t.c("a"), t.c("b")),
                "SELECT DISTINCT ON (t.a, t.b) t.id, t.a, t.b FROM t ORDER BY t.a, t.b");
    }

    /** DistinctOnTest.test_literal_binds. */
    @Test
    void test_literal_binds() {
        PG.assertCompile(select(t).distinct(t.c("a").eq(10)), "SELECT DISTINCT ON (t.a = 10) t.id, t.a, t.b FROM t",
                TestDialects.POSTGRESQL, CompileOptions.literalBinds());
    }

    /** DistinctOnTest.test_distinct_on_subquery_anon. */
    @Test
    void test_distinct_on_subquery_anon() {
        var sq = select(t).subquery();
        pg(select(t.c("id"), sq.c("id")).distinct(sq.c("id")).where(t.c("id").eq(sq.c("id"))),
                "SELECT DISTINCT ON (anon_1.id) t.id, anon_1.id AS id_1 FROM t, (SELECT t.id AS id, t.a AS a, t.b "
                        + "AS b FROM t) AS anon_1 WHERE t.id = anon_1.id");
    }

    /** DistinctOnTest.test_distinct_on_subquery_named. */
    @Test
    void test_distinct_on_subquery_named() {
        var sq = select(t).subquery("sq");
        pg(select(t.c("id"), sq.c("id")).distinct(sq.c("id")).where(t.c("id").eq(sq.c("id"))),
                "SELECT DISTINCT ON (sq.id) t.id, sq.id AS id_1 FROM t, (SELECT t.id AS id, t.a AS a, "
                        + "t.b AS b FROM t) AS sq WHERE t.id = sq.id");
    }

    private final TableClause data = table("data", col("id", Types.INTEGER), col("x", Types.JSON));

    /** CompileTest.test_json_still_uses_arrow_syntax: SELECT of a JSON element. */
    @Test
    void test_json_still_uses_arrow_syntax() {
        pg(select(data.c("x").get("key")), "SELECT data.x -> %(x_1)s AS anon_1 FROM data");
    }

    /** CompileTest.test_eager_grouping_flag, JSON: an element concatenated with a string. */
    @Test
    void test_eager_grouping_flag() {
        PG.assertCompile(col("x", Types.JSON).get("foo").concat(" "), "(x -> %(x_1)s) || %(param_1)s",
                TestDialects.POSTGRESQL);
    }

    /** CompileTest.test_eager_grouping_flag, JSON: two elements concatenated around a string. */
    @Test
    void test_eager_grouping_flag_2() {
        var x = col("x", Types.JSON);
        PG.assertCompile(x.get("foo").concat(" ").concat(x.get("bar")),
                "(x -> %(x_1)s) || %(param_1)s || (x -> %(x_2)s)", TestDialects.POSTGRESQL);
    }

    /** CompileTest.test_for_update: of a join with an alias. */
    @Test
    void test_for_update_join_alias() {
        TableClause table2 = table("table2", col("mytable_id"));
        var ta = ftable1.alias();
        var join = table2.join(ta, table2.c("mytable_id").eq(ta.c("myid")));
        pg(select(join).where(table2.c("mytable_id").eq(7)).forUpdate(ForUpdate.UPDATE.of(join)),
                "SELECT table2.mytable_id, mytable_1.myid, mytable_1.name, mytable_1.description FROM table2 "
                        + "JOIN mytable AS mytable_1 ON table2.mytable_id = mytable_1.myid "
                        + "WHERE table2.mytable_id = %(mytable_id_1)s FOR UPDATE OF mytable_1, table2");
    }

    /** CompileTest.test_for_update: a LATERAL subquery keeps its FOR UPDATE OF (issue #12417). */
    @Test
    void test_for_update_lateral() {
        var subquery = select(ftable1.c("myid")).forUpdate(ForUpdate.UPDATE.of(ftable1)).lateral();
        pg(select(subquery.c("myid")), "SELECT anon_1.myid FROM LATERAL (SELECT mytable.myid AS myid "
                + "FROM mytable FOR UPDATE OF mytable) AS anon_1");
    }

    /** DistinctOnTest.test_plain_inline. */
    @Test
    void test_plain_inline() {
        pg(select(t).distinct(), "SELECT DISTINCT t.id, t.a, t.b FROM t");
    }

    /** DistinctOnTest.test_on_columns_inline_scalar. */
    @Test
    void test_on_columns_inline_scalar() {
        pg(select(t).distinct(t.c("a")), "SELECT DISTINCT ON (t.a) t.id, t.a, t.b FROM t");
    }
}
