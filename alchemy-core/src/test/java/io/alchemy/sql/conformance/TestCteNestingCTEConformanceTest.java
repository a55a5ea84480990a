package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Ported.*;
import static io.alchemy.testing.TestDialects.DEFAULT;
import static io.alchemy.testing.TestDialects.MYSQL;
import static io.alchemy.testing.TestDialects.POSTGRESQL;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_cte.py}, {@code NestingCTETest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_cte.py")
@SuppressWarnings({"unused", "unchecked"})
class TestCteNestingCTEConformanceTest {

    /** test/sql/test_cte.py NestingCTETest.test_select_with_nesting_cte_in_cte. */
    @Test
    void test_select_with_nesting_cte_in_cte() {
        var nesting_cte = select(literal(1).label("inner_cte")).cte("nesting", false, true);
        var stmt = select(select(nesting_cte.c("inner_cte").label("outer_cte")).cte("cte"));
        assertCompile(stmt, "WITH cte AS (WITH nesting AS (SELECT :param_1 AS inner_cte) SELECT nesting.inner_cte AS outer_cte FROM nesting) SELECT cte.outer_cte FROM cte");
    }

    /** test/sql/test_cte.py NestingCTETest.test_select_with_aliased_nesting_cte_in_cte. */
    @Test
    void test_select_with_aliased_nesting_cte_in_cte() {
        var nesting_cte = select(literal(1).label("inner_cte")).cte("nesting", false, true).alias("aliased_nested");
        var stmt = select(select(nesting_cte.c("inner_cte").label("outer_cte")).cte("cte"));
        assertCompile(stmt, "WITH cte AS (WITH nesting AS (SELECT :param_1 AS inner_cte) SELECT aliased_nested.inner_cte AS outer_cte FROM nesting AS aliased_nested) SELECT cte.outer_cte FROM cte");
    }

    /** test/sql/test_cte.py NestingCTETest.test_nesting_cte_in_cte_with_same_name. */
    @Test
    void test_nesting_cte_in_cte_with_same_name() {
        var nesting_cte = select(literal(1).label("inner_cte")).cte("some_cte", false, true);
        var stmt = select(select(nesting_cte.c("inner_cte").label("outer_cte")).cte("some_cte"));
        assertCompile(stmt, "WITH some_cte AS (WITH some_cte AS (SELECT :param_1 AS inner_cte) SELECT some_cte.inner_cte AS outer_cte FROM some_cte) SELECT some_cte.outer_cte FROM some_cte");
    }

    /** test/sql/test_cte.py NestingCTETest.test_nesting_cte_at_top_level. */
    @Test
    void test_nesting_cte_at_top_level() {
        var nesting_cte = select(literal(1).label("val")).cte("nesting_cte", false, true);
        var cte = select(literal(2).label("val")).cte("cte");
        var stmt = select(nesting_cte.c("val"), cte.c("val"));
        assertCompile(stmt, "WITH nesting_cte AS (SELECT :param_1 AS val), cte AS (SELECT :param_2 AS val) SELECT nesting_cte.val, cte.val AS val_1 FROM nesting_cte, cte");
    }

    /** test/sql/test_cte.py NestingCTETest.test_double_nesting_cte_in_cte. */
    @Test
    void test_double_nesting_cte_in_cte() {
        var select_1_cte = select(literal(1).label("inner_cte")).cte("nesting_1", false, true);
        var select_2_cte = select(literal(2).label("inner_cte")).cte("nesting_2", false, true);
        var stmt = select(select(select_1_cte.c("inner_cte").label("outer_1"), select_2_cte.c("inner_cte").label("outer_2")).cte("cte"));
        assertCompile(stmt, "WITH cte AS (WITH nesting_1 AS (SELECT :param_1 AS inner_cte), nesting_2 AS (SELECT :param_2 AS inner_cte) SELECT nesting_1.inner_cte AS outer_1, nesting_2.inner_cte AS outer_2 FROM nesting_1, nesting_2) SELECT cte.outer_1, cte.outer_2 FROM cte");
    }

    /** test/sql/test_cte.py NestingCTETest.test_nesting_cte_in_nesting_cte_in_cte. */
    @Test
    void test_nesting_cte_in_nesting_cte_in_cte() {
        var select_1_cte = select(literal(1).label("inner_cte")).cte("nesting_1", false, true);
        var select_2_cte = select(select_1_cte.c("inner_cte").label("inner_2")).cte("nesting_2", false, true);
        var stmt = select(select(select_2_cte.c("inner_2").label("outer_cte")).cte("cte"));
        assertCompile(stmt, "WITH cte AS (WITH nesting_2 AS (WITH nesting_1 AS (SELECT :param_1 AS inner_cte) SELECT nesting_1.inner_cte AS inner_2 FROM nesting_1) SELECT nesting_2.inner_2 AS outer_cte FROM nesting_2) SELECT cte.outer_cte FROM cte");
    }

    /** test/sql/test_cte.py NestingCTETest.test_compound_select_with_nesting_cte_in_cte. */
    @Test
    void test_compound_select_with_nesting_cte_in_cte() {
        var select_1_cte = select(literal(1).label("inner_cte")).cte("nesting_1", false, true);
        var select_2_cte = select(literal(2).label("inner_cte")).cte("nesting_2", false, true);
        var nesting_cte = select(select_1_cte).union(select(select_2_cte)).subquery();
        var stmt = select(select(nesting_cte.c("inner_cte").label("outer_cte")).cte("cte"));
        assertCompile(stmt, "WITH cte AS (SELECT anon_1.inner_cte AS outer_cte FROM (WITH nesting_1 AS (SELECT :param_1 AS inner_cte), nesting_2 AS (SELECT :param_2 AS inner_cte) SELECT nesting_1.inner_cte AS inner_cte FROM nesting_1 UNION SELECT nesting_2.inner_cte AS inner_cte FROM nesting_2) AS anon_1) SELECT cte.outer_cte FROM cte");
    }

    /** test/sql/test_cte.py NestingCTETest.test_recursive_nesting_cte_in_cte. SQLAlchemy: {@code WITH cte AS (WITH RECURSIVE nesting(inner_cte) AS (SELECT :param_1 AS inner_cte UNION SELECT nesting.inner_cte AS inner_cte FROM nesting WHERE nesting.inner_cte = :param_2) SELECT nesting.inner_cte AS outer_cte FROM nesting) SELECT cte.outer_cte FROM cte}. */
    @Test
    void test_recursive_nesting_cte_in_cte() {
        var rec_root = select(literal(1).label("inner_cte")).cte("nesting", true, true);
        var rec_part = select(rec_root.c("inner_cte")).where(rec_root.c("inner_cte").eq(literal(1)));
        var nesting_cte = rec_root.union(rec_part);
        var stmt = select(select(nesting_cte.c("inner_cte").label("outer_cte")).cte("cte"));
        assertCompile(stmt, "WITH cte AS (WITH RECURSIVE nesting(inner_cte) AS (SELECT :param_1 AS inner_cte UNION SELECT nesting.inner_cte AS inner_cte FROM nesting WHERE nesting.inner_cte = :param_2) SELECT nesting.inner_cte AS outer_cte FROM nesting) SELECT cte.outer_cte FROM cte");
    }

    /** test/sql/test_cte.py NestingCTETest.test_anon_recursive_nesting_cte_in_cte. SQLAlchemy: {@code WITH cte AS (WITH RECURSIVE anon_1(inner_cte) AS (SELECT :param_1 AS inner_cte UNION SELECT anon_1.inner_cte AS inner_cte FROM anon_1 WHERE anon_1.inner_cte = :param_2) SELECT anon_1.inner_cte AS outer_cte FROM anon_1) SELECT cte.outer_cte FROM cte}. */
    @Test
    void test_anon_recursive_nesting_cte_in_cte() {
        var rec_root = select(literal(1).label("inner_cte")).cte("nesting", true, true).alias();
        var rec_part = select(rec_root.c("inner_cte")).where(rec_root.c("inner_cte").eq(literal(1)));
        var nesting_cte = rec_root.union(rec_part);
        var stmt = select(select(nesting_cte.c("inner_cte").label("outer_cte")).cte("cte"));
        assertCompile(stmt, "WITH cte AS (WITH RECURSIVE anon_1(inner_cte) AS (SELECT :param_1 AS inner_cte UNION SELECT anon_1.inner_cte AS inner_cte FROM anon_1 WHERE anon_1.inner_cte = :param_2) SELECT anon_1.inner_cte AS outer_cte FROM anon_1) SELECT cte.outer_cte FROM cte");
    }

    /** test/sql/test_cte.py NestingCTETest.test_fully_aliased_recursive_nesting_cte_in_cte. SQLAlchemy: {@code WITH cte AS (WITH RECURSIVE aliased_nesting(inner_cte) AS (SELECT :param_1 AS inner_cte UNION SELECT aliased_nesting.inner_cte AS inner_cte FROM aliased_nesting WHERE aliased_nesting.inner_cte = :param_2) SELECT aliased_nesting.inner_cte AS outer_cte FROM aliased_nesting) SELECT cte.outer_cte FROM cte}. */
    @Test
    void test_fully_aliased_recursive_nesting_cte_in_cte() {
        var rec_root = select(literal(1).label("inner_cte")).cte("nesting", true, true).alias("aliased_nesting");
        var rec_part = select(rec_root.c("inner_cte")).where(rec_root.c("inner_cte").eq(literal(1)));
        var nesting_cte = rec_root.union(rec_part);
        var stmt = select(select(nesting_cte.c("inner_cte").label("outer_cte")).cte("cte"));
        assertCompile(stmt, "WITH cte AS (WITH RECURSIVE aliased_nesting(inner_cte) AS (SELECT :param_1 AS inner_cte UNION SELECT aliased_nesting.inner_cte AS inner_cte FROM aliased_nesting WHERE aliased_nesting.inner_cte = :param_2) SELECT aliased_nesting.inner_cte AS outer_cte FROM aliased_nesting) SELECT cte.outer_cte FROM cte");
    }

    /** test/sql/test_cte.py NestingCTETest.test_aliased_recursive_nesting_cte_in_cte. SQLAlchemy: {@code WITH cte AS (WITH RECURSIVE nesting(inner_cte) AS (SELECT :param_1 AS inner_cte UNION SELECT nesting.inner_cte AS inner_cte FROM nesting WHERE nesting.inner_cte = :param_2) SELECT aliased_nesting.inner_cte AS outer_cte FROM nesting AS aliased_nesting) SELECT cte.outer_cte FROM cte}. */
    @Test
    void test_aliased_recursive_nesting_cte_in_cte() {
        var rec_root = select(literal(1).label("inner_cte")).cte("nesting", true, true);
        var rec_part = select(rec_root.c("inner_cte")).where(rec_root.c("inner_cte").eq(literal(1)));
        var nesting_cte = rec_root.union(rec_part).alias("aliased_nesting");
        var stmt = select(select(nesting_cte.c("inner_cte").label("outer_cte")).cte("cte"));
        assertCompile(stmt, "WITH cte AS (WITH RECURSIVE nesting(inner_cte) AS (SELECT :param_1 AS inner_cte UNION SELECT nesting.inner_cte AS inner_cte FROM nesting WHERE nesting.inner_cte = :param_2) SELECT aliased_nesting.inner_cte AS outer_cte FROM nesting AS aliased_nesting) SELECT cte.outer_cte FROM cte");
    }

}

