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
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code BetweenTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_operators.py")
@SuppressWarnings({"unused", "unchecked"})
class TestOperatorsBetweenConformanceTest {
    private final io.alchemy.sql.TableClause table1 = Fixtures.table("mytable", col("myid", Types.INTEGER), col("name", Types.STRING));    /** test/sql/test_operators.py BetweenTest.test_between_1. */
    @Test
    void test_between_1() {
        assertCompile(table1.c("myid").between(1, 2), "mytable.myid BETWEEN :myid_1 AND :myid_2");
    }

    /** test/sql/test_operators.py BetweenTest.test_between_2. */
    @Test
    void test_between_2() {
        assertCompile(not(table1.c("myid").between(1, 2)), "mytable.myid NOT BETWEEN :myid_1 AND :myid_2");
    }

}

