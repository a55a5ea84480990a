package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Ported.*;
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
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code IsDistinctFromTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_operators.py")
@SuppressWarnings({"unused", "unchecked"})
class TestOperatorsIsDistinctFromConformanceTest {
    private final io.alchemy.sql.TableClause table1 = Fixtures.table("mytable", col("myid", Types.INTEGER));    /** test/sql/test_operators.py IsDistinctFromTest.test_is_distinct_from. */
    @Test
    void test_is_distinct_from() {
        assertCompile(table1.c("myid").isDistinctFrom(1), "mytable.myid IS DISTINCT FROM :myid_1");
    }

    /** test/sql/test_operators.py IsDistinctFromTest.test_is_distinct_from_sqlite. */
    @Test
    void test_is_distinct_from_sqlite() {
        assertCompileOn(table1.c("myid").isDistinctFrom(1), "mytable.myid IS NOT ?", SQLITE);
    }

    /** test/sql/test_operators.py IsDistinctFromTest.test_is_distinct_from_postgresql. */
    @Test
    void test_is_distinct_from_postgresql() {
        assertCompileOn(table1.c("myid").isDistinctFrom(1), "mytable.myid IS DISTINCT FROM ?", POSTGRESQL);
    }

    /** test/sql/test_operators.py IsDistinctFromTest.test_not_is_distinct_from. */
    @Test
    void test_not_is_distinct_from() {
        assertCompile(not(table1.c("myid").isDistinctFrom(1)), "mytable.myid IS NOT DISTINCT FROM :myid_1");
    }

    /** test/sql/test_operators.py IsDistinctFromTest.test_not_is_distinct_from_postgresql. */
    @Test
    void test_not_is_distinct_from_postgresql() {
        assertCompileOn(not(table1.c("myid").isDistinctFrom(1)), "mytable.myid IS NOT DISTINCT FROM ?", POSTGRESQL);
    }

    /** test/sql/test_operators.py IsDistinctFromTest.test_is_not_distinct_from. */
    @Test
    void test_is_not_distinct_from() {
        assertCompile(table1.c("myid").isNotDistinctFrom(1), "mytable.myid IS NOT DISTINCT FROM :myid_1");
    }

    /** test/sql/test_operators.py IsDistinctFromTest.test_is_not_distinct_from_sqlite. */
    @Test
    void test_is_not_distinct_from_sqlite() {
        assertCompileOn(table1.c("myid").isNotDistinctFrom(1), "mytable.myid IS ?", SQLITE);
    }

    /** test/sql/test_operators.py IsDistinctFromTest.test_is_not_distinct_from_postgresql. */
    @Test
    void test_is_not_distinct_from_postgresql() {
        assertCompileOn(table1.c("myid").isNotDistinctFrom(1), "mytable.myid IS NOT DISTINCT FROM ?", POSTGRESQL);
    }

    /** test/sql/test_operators.py IsDistinctFromTest.test_not_is_not_distinct_from. */
    @Test
    void test_not_is_not_distinct_from() {
        assertCompile(not(table1.c("myid").isNotDistinctFrom(1)), "mytable.myid IS DISTINCT FROM :myid_1");
    }

    /** test/sql/test_operators.py IsDistinctFromTest.test_not_is_not_distinct_from_postgresql. */
    @Test
    void test_not_is_not_distinct_from_postgresql() {
        assertCompileOn(not(table1.c("myid").isNotDistinctFrom(1)), "mytable.myid IS DISTINCT FROM ?", POSTGRESQL);
    }

}

