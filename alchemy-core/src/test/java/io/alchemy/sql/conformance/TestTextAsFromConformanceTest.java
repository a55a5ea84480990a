package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Ported.*;
import static io.alchemy.testing.TestDialects.DEFAULT;
import static io.alchemy.testing.TestDialects.MYSQL;
import static io.alchemy.testing.TestDialects.POSTGRESQL;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_text.py}, {@code AsFromTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_text.py")
@SuppressWarnings({"unused", "unchecked"})
class TestTextAsFromConformanceTest {
    private final io.alchemy.sql.TableClause table1 = Fixtures.TABLE1;
    private final io.alchemy.sql.TableClause table2 = Fixtures.TABLE2;
    /** test/sql/test_text.py AsFromTest.test_cte. */
    @Test
    void test_cte() {
        var t = text("select id, name from user").columns(col("id", Types.INTEGER), col("name", Types.STRING)).cte("t");
        var s = select(table1).where(table1.c("myid").eq(t.c("id")));
        assertCompile(s, "WITH t AS (select id, name from user) SELECT mytable.myid, mytable.name, mytable.description FROM mytable, t WHERE mytable.myid = t.id");
    }

    /** test/sql/test_text.py AsFromTest.test_subquery. */
    @Test
    void test_subquery() {
        var t = text("select id, name from user").columns(col("id", Types.INTEGER), col("name", Types.STRING)).subquery();
        var stmt = select(table1.c("myid")).selectFrom(table1.join(t, table1.c("myid").eq(t.c("id")))).orderBy(t.c("name"));
        assertCompile(stmt, "SELECT mytable.myid FROM mytable JOIN (select id, name from user) AS anon_1 ON mytable.myid = anon_1.id ORDER BY anon_1.name");
    }

    /** test/sql/test_text.py AsFromTest.test_alias. */
    @Test
    void test_alias() {
        var t = text("select id, name from user").columns(col("id", Types.INTEGER), col("name", Types.STRING)).subquery("t");
        var s = select(table1).where(table1.c("myid").eq(t.c("id")));
        assertCompile(s, "SELECT mytable.myid, mytable.name, mytable.description FROM mytable, (select id, name from user) AS t WHERE mytable.myid = t.id");
    }


    /** test/sql/test_text.py AsFromTest.test_subquery_accessors. */
    @Test
    void test_subquery_accessors() {
        var t = Fixtures.table("t", col("x", Types.INTEGER), col("y", Types.INTEGER));
        var s = text("SELECT x from t").columns(t.c("x"));
        assertCompile(select(s.scalarSubquery()), "SELECT (SELECT x from t) AS anon_1");
        assertCompile(select(s.subquery()), "SELECT anon_1.x FROM (SELECT x from t) AS anon_1");
    }

    /** test/sql/test_text.py AsFromTest.test_cte_recursive. */
    @Test
    void test_cte_recursive() {
        var t = text("select id, name from user").columns(col("id", Types.INTEGER), col("name", Types.STRING))
                .textualSelect().cte("t", true);
        var s = select(table1).where(table1.c("myid").eq(t.c("id")));
        assertCompile(s, "WITH RECURSIVE t(id, name) AS (select id, name from user) "
                + "SELECT mytable.myid, mytable.name, mytable.description "
                + "FROM mytable, t WHERE mytable.myid = t.id");
    }

    /** test/sql/test_text.py AsFromTest.test_unions. */
    @Test
    void test_unions() {
        var s1 = text("select id, name from user where id > 5").columns(col("id", Types.INTEGER),
                col("name", Types.STRING)).textualSelect();
        var s2 = text("select id, name from user where id < 15").columns(col("id", Types.INTEGER),
                col("name", Types.STRING)).textualSelect();
        var stmt = union(s1, s2);
        org.assertj.core.api.Assertions.assertThat(stmt.selectColumns()).extracting(io.alchemy.sql.SelectColumn::key)
                .containsExactly("id", "name");
        assertCompile(stmt, "select id, name from user where id > 5 UNION "
                + "select id, name from user where id < 15");
    }

    /** test/sql/test_text.py AsFromTest.test_scalar_subquery. */
    @Test
    void test_scalar_subquery() {
        var t = text("select id from user").columns(col("id", Types.INTEGER));
        io.alchemy.sql.ScalarSubquery<Integer> subq = t.scalarSubquery();
        var s = select(table1.c("myid"), subq).where(table1.c("myid").eq(subq));
        assertCompile(s, "SELECT mytable.myid, (select id from user) AS anon_1 "
                + "FROM mytable WHERE mytable.myid = (select id from user)");
    }

    // Not ported: test_basic_toplevel_resultmap*, test_basic_subquery_resultmap, test_column_collection_*,
    // test_select_*_alt_name / *_column, test_build_bindparams inspect SQLAlchemy's compiled result map and internal
    // bind collections (no SQL string).
}
