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
 * SQLAlchemy rel_2_0 {@code test/sql/test_text.py}, {@code OrderByLabelResolutionTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_text.py")
@SuppressWarnings({"unused", "unchecked"})
class TestTextOrderByLabelResolutionConformanceTest {
    private final io.alchemy.sql.TableClause table1 = Fixtures.TABLE1;
    private final io.alchemy.sql.TableClause table2 = Fixtures.TABLE2;
    // Not ported: test_order_by_named_label_from_anon_label relabels label(None), an anonymous label, which has no
    // Java form (label() takes a name).

    /** test/sql/test_text.py OrderByLabelResolutionTest.test_distinct_label. */
    @Test
    void test_distinct_label() {
        var stmt = select(table1.c("myid").label("foo")).distinct("foo");
        assertCompileOn(stmt, "SELECT DISTINCT ON (foo) mytable.myid AS foo FROM mytable", POSTGRESQL);
    }

    /** test/sql/test_text.py OrderByLabelResolutionTest.test_distinct_label_keyword. */
    @Test
    void test_distinct_label_keyword() {
        var stmt = select(table1.c("myid").label("foo")).distinct("foo");
        assertCompileOn(stmt, "SELECT DISTINCT ON (foo) mytable.myid AS foo FROM mytable", POSTGRESQL);
    }

    /** test/sql/test_text.py OrderByLabelResolutionTest.test_group_by_label. SQLAlchemy: {@code SELECT mytable.myid AS foo FROM mytable GROUP BY foo}. */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#group-by-label", value = "GROUP BY a label of the SELECT repeats the labelled expression, which every database accepts; SQLAlchemy writes the label name")
    void test_group_by_label() {
        var stmt = select(table1.c("myid").label("foo")).groupBy("foo");
        assertCompile(stmt, "SELECT mytable.myid AS foo FROM mytable GROUP BY mytable.myid");
    }

    /** test/sql/test_text.py OrderByLabelResolutionTest.test_order_by_literal_col_quoting_one. */
    @Test
    void test_order_by_literal_col_quoting_one() {
        var col = literalColumn("SUM(ABC)").label("SUM(ABC)");
        var tbl = Fixtures.table("my_table");
        var query = select(col).selectFrom(tbl).orderBy(col);
        assertCompile(query, "SELECT SUM(ABC) AS \"SUM(ABC)\" FROM my_table ORDER BY \"SUM(ABC)\"");
    }

    /** test/sql/test_text.py OrderByLabelResolutionTest.test_order_by_literal_col_quoting_two. */
    @Test
    void test_order_by_literal_col_quoting_two() {
        var col = literalColumn("SUM(ABC)").label("SUM(ABC)_");
        var tbl = Fixtures.table("my_table");
        var query = select(col).selectFrom(tbl).orderBy(col);
        assertCompile(query, "SELECT SUM(ABC) AS \"SUM(ABC)_\" FROM my_table ORDER BY \"SUM(ABC)_\"");
    }

    /** test/sql/test_text.py OrderByLabelResolutionTest.test_order_by_func_label_desc. */
    @Test
    void test_order_by_func_label_desc() {
        var stmt = select(func.call("foo", "bar").label("fb"), table1).orderBy(desc("fb"));
        assertCompile(stmt, "SELECT foo(:foo_1) AS fb, mytable.myid, mytable.name, mytable.description FROM mytable ORDER BY fb DESC");
    }

    /** test/sql/test_text.py OrderByLabelResolutionTest.test_pg_distinct. */
    @Test
    void test_pg_distinct() {
        var stmt = select(table1).distinct("name");
        assertCompileOn(stmt, "SELECT DISTINCT ON (mytable.name) mytable.myid, mytable.name, mytable.description FROM mytable", POSTGRESQL);
    }

    /** test/sql/test_text.py OrderByLabelResolutionTest.test_union_column. */
    @Test
    void test_union_column() {
        var s1 = select(table1);
        var s2 = select(table1);
        var stmt = union(s1, s2).orderBy("name");
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description FROM mytable UNION SELECT mytable.myid, mytable.name, mytable.description FROM mytable ORDER BY name");
    }

    /** test/sql/test_text.py OrderByLabelResolutionTest.test_union_label. */
    @Test
    void test_union_label() {
        var s1 = select(func.call("foo", "hoho").label("x"));
        var s2 = select(func.call("foo", "Bar").label("y"));
        var stmt = union(s1, s2).orderBy("x");
        assertCompile(stmt, "SELECT foo(:foo_1) AS x UNION SELECT foo(:foo_2) AS y ORDER BY x");
    }

    /** test/sql/test_text.py OrderByLabelResolutionTest.test_standalone_units_stringable. */
    @Test
    void test_standalone_units_stringable() {
        assertCompile(desc("somelabel"), "somelabel DESC");
    }

}

