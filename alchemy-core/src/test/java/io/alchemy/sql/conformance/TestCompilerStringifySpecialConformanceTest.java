package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.TABLE1;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.sqlite.SQLiteDialect;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_compiler.py}, {@code StringifySpecialTest}: the printed form
 * ({@code str(stmt)}, Alchemy's {@code toString()}) of statements. Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_compiler.py")
class TestCompilerStringifySpecialConformanceTest {
    private final TableClause table1 = TABLE1;

    /** StringifySpecialTest.test_basic. */
    @Test
    void test_basic() {
        assertCompile(select(table1).where(table1.c("myid").eq(10)),
                "SELECT mytable.myid, mytable.name, mytable.description "
                        + "FROM mytable WHERE mytable.myid = :myid_1");
    }

    /** StringifySpecialTest.test_multirow_insert. */
    @Test
    void test_multirow_insert() {
        assertCompile(insert(table1).values(List.of(Map.of("myid", 1), Map.of("myid", 2))),
                "INSERT INTO mytable (myid) VALUES (:myid_m0), (:myid_m1)");
    }

    /** StringifySpecialTest.test_multirow_insert_positional. */
    @Test
    void test_multirow_insert_positional() {
        assertCompile(insert(table1).values(List.of(Map.of("myid", 1), Map.of("myid", 2))),
                "INSERT INTO mytable (myid) VALUES (?), (?)", new SQLiteDialect());
    }

    /** StringifySpecialTest.test_cte. */
    @Test
    void test_cte() {
        var cte = select(table1.c("myid")).cte();
        assertCompile(select(cte), "WITH anon_1 AS (SELECT mytable.myid AS myid FROM mytable) "
                + "SELECT anon_1.myid FROM anon_1");
    }

    /** StringifySpecialTest.test_returning. */
    @Test
    void test_returning() {
        assertCompile(insert(table1).returning(table1.c("myid")),
                "INSERT INTO mytable (myid, name, description) "
                        + "VALUES (:myid, :name, :description) RETURNING mytable.myid");
    }

    /**
     * StringifySpecialTest.test_grouped_selectables_print_alone, ("subquery",): a subquery printed alone.
     * SQLAlchemy: {@code SELECT mytable.myid, mytable.name, mytable.description FROM mytable WHERE mytable.myid = :myid_1}
     */
    @Test
    void test_grouped_selectables_print_alone_subquery() {
        assertThat(ignoringWhitespace(select(table1).where(table1.c("myid").eq(10)).subquery().toString()))
                .isEqualTo("SELECT mytable.myid, mytable.name, mytable.description FROM mytable WHERE mytable.myid = :myid_1");
    }

    /**
     * StringifySpecialTest.test_grouped_selectables_print_alone, ("alias",): an aliased SELECT printed alone.
     * SQLAlchemy: {@code SELECT mytable.myid, mytable.name, mytable.description FROM mytable WHERE mytable.myid = :myid_1}
     */
    @Test
    void test_grouped_selectables_print_alone_alias() {
        assertThat(ignoringWhitespace(select(table1).where(table1.c("myid").eq(10)).subquery()
                .alias().toString())).isEqualTo("SELECT mytable.myid, mytable.name, mytable.description FROM mytable WHERE mytable.myid = :myid_1");
    }

    /**
     * StringifySpecialTest.test_grouped_selectables_print_alone, ("cte",): a CTE printed alone.
     * SQLAlchemy: {@code SELECT mytable.myid, mytable.name, mytable.description FROM mytable WHERE mytable.myid = :myid_1}
     */
    @Test
    void test_grouped_selectables_print_alone_cte() {
        assertThat(ignoringWhitespace(select(table1).where(table1.c("myid").eq(10)).cte().toString()))
                .isEqualTo("SELECT mytable.myid, mytable.name, mytable.description FROM mytable WHERE mytable.myid = :myid_1");
    }

    /** SQLAlchemy's {@code eq_ignore_whitespace}: line breaks and tabs removed, runs of spaces made one. */
    private static String ignoringWhitespace(String sql) {
        return sql.replaceAll("^\\s+|\n|\t", "").replaceAll(" {2,}", " ");
    }
}
