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
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code LikeTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_operators.py")
@SuppressWarnings({"unused", "unchecked"})
class TestOperatorsLikeConformanceTest {
    private final io.alchemy.sql.TableClause table1 = Fixtures.table("mytable", col("myid", Types.INTEGER), col("name", Types.STRING));    /** test/sql/test_operators.py LikeTest.test_like_1. */
    @Test
    void test_like_1() {
        assertCompile(table1.c("myid").like("somstr"), "mytable.myid LIKE :myid_1");
    }

    /** test/sql/test_operators.py LikeTest.test_like_2. */
    @Test
    void test_like_2() {
        assertCompile(not(table1.c("myid").like("somstr")), "mytable.myid NOT LIKE :myid_1");
    }

    /** test/sql/test_operators.py LikeTest.test_like_3. */
    @Test
    void test_like_3() {
        assertCompile(table1.c("myid").like("somstr", "\\"), "mytable.myid LIKE :myid_1 ESCAPE '\\'");
    }

    /** test/sql/test_operators.py LikeTest.test_like_quote_escape. */
    @Test
    void test_like_quote_escape() {
        assertCompile(table1.c("myid").like("somstr", "'"), "mytable.myid LIKE :myid_1 ESCAPE ''''");
    }

    /** test/sql/test_operators.py LikeTest.test_like_4. */
    @Test
    void test_like_4() {
        assertCompile(not(table1.c("myid").like("somstr", "\\")), "mytable.myid NOT LIKE :myid_1 ESCAPE '\\'");
    }

    /** test/sql/test_operators.py LikeTest.test_like_5. */
    @Test
    void test_like_5() {
        assertCompile(table1.c("myid").ilike("somstr", "\\"), "lower(mytable.myid) LIKE lower(:myid_1) ESCAPE '\\'");
    }

    /** test/sql/test_operators.py LikeTest.test_like_6. */
    @Test
    void test_like_6() {
        assertCompile(not(table1.c("myid").ilike("somstr", "\\")), "lower(mytable.myid) NOT LIKE lower(:myid_1) ESCAPE '\\'");
    }

    /** test/sql/test_operators.py LikeTest.test_like_7. SQLAlchemy: {@code mytable.myid ILIKE ? ESCAPE '\\'}. */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#postgresql-escape-backslash", value = "On PostgreSQL the ESCAPE backslash is written once (standard_conforming_strings); SQLAlchemy's unconnected dialect doubles it")
    void test_like_7() {
        assertCompileOn(table1.c("myid").ilike("somstr", "\\"), "mytable.myid ILIKE ? ESCAPE '\\'", POSTGRESQL);
    }

    /** test/sql/test_operators.py LikeTest.test_like_8. SQLAlchemy: {@code mytable.myid NOT ILIKE ? ESCAPE '\\'}. */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#postgresql-escape-backslash", value = "On PostgreSQL the ESCAPE backslash is written once (standard_conforming_strings); SQLAlchemy's unconnected dialect doubles it")
    void test_like_8() {
        assertCompileOn(not(table1.c("myid").ilike("somstr", "\\")), "mytable.myid NOT ILIKE ? ESCAPE '\\'", POSTGRESQL);
    }

    /** test/sql/test_operators.py LikeTest.test_like_9. */
    @Test
    void test_like_9() {
        assertCompile(table1.c("name").ilike("%something%"), "lower(mytable.name) LIKE lower(:name_1)");
    }

    /** test/sql/test_operators.py LikeTest.test_like_10. */
    @Test
    void test_like_10() {
        assertCompileOn(table1.c("name").ilike("%something%"), "mytable.name ILIKE ?", POSTGRESQL);
    }

    /** test/sql/test_operators.py LikeTest.test_like_11. */
    @Test
    void test_like_11() {
        assertCompile(not(table1.c("name").ilike("%something%")), "lower(mytable.name) NOT LIKE lower(:name_1)");
    }

    /** test/sql/test_operators.py LikeTest.test_like_12. */
    @Test
    void test_like_12() {
        assertCompileOn(not(table1.c("name").ilike("%something%")), "mytable.name NOT ILIKE ?", POSTGRESQL);
    }

}

