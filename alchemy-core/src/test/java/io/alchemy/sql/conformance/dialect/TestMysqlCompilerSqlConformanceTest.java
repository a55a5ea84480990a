package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.select;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.CompileError;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/mysql/test_compiler.py} ({@code SQLTest}): MySQL's function spellings and
 * joins, in mysqlclient's {@code format} paramstyle. Expected strings verbatim.
 */
@PortedFrom("test/dialect/mysql/test_compiler.py")
class TestMysqlCompilerSqlConformanceTest {
    private static final SqlAlchemyParamstyle MY = SqlAlchemyParamstyle.FORMAT;

    /** SQLTest.test_sysdate. */
    @Test
    void test_sysdate() {
        MY.assertCompile(func.call("sysdate"), "SYSDATE()", TestDialects.MYSQL);
    }

    /**
     * SQLTest.test_full_outer_join. SQLAlchemy: {@code t1 FULL OUTER JOIN t2 ON t1.x = t2.y}, which MySQL and
     * MariaDB reject.
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#mysql-full-outer-join",
            value = "FULL OUTER JOIN is refused with a CompileError: MySQL and MariaDB have none")
    void test_full_outer_join() {
        TableClause t1 = table("t1", col("x"));
        TableClause t2 = table("t2", col("y"));
        assertThatThrownBy(() -> select(t1.c("x")).selectFrom(t1.fullJoin(t2, t1.c("x").eq(t2.c("y"))))
                .compile(TestDialects.MYSQL)).isInstanceOf(CompileError.class)
                .hasMessageContaining("FULL OUTER JOIN is not supported by the mysql dialect");
    }
}
