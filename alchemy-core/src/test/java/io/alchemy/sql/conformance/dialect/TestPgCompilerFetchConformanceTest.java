package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.bindparam;
import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.literalColumn;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.CompileError;
import io.alchemy.sql.Select;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/postgresql/test_compiler.py} ({@code RegexpTest.test_fetch},
 * {@code CompileTest.test_substring}): {@code FETCH FIRST} with its values parenthesized, and {@code SUBSTRING(… FROM …
 * FOR …)}, in psycopg2's {@code pyformat} paramstyle. Expected strings verbatim; each of SQLAlchemy's combinations is
 * one test, numbered. SQLAlchemy's {@code select(1)} is {@code select(literalColumn("1"))} here.
 */
@PortedFrom("test/dialect/postgresql/test_compiler.py")
class TestPgCompilerFetchConformanceTest {
    private static final SqlAlchemyParamstyle PG = SqlAlchemyParamstyle.PYFORMAT;

    private static void pg(Select<?> stmt, String expected, Map<String, ?> checkparams) {
        PG.assertCompile(stmt, expected, checkparams, TestDialects.POSTGRESQL);
    }

    /** RegexpTest.test_fetch: fetch 5, offset 10. */
    @Test
    void test_fetch() {
        pg(select(literalColumn("1")).fetch(5).offset(10), "SELECT 1 OFFSET (%(param_1)s) ROWS FETCH FIRST (%(param_2)s) ROWS ONLY", Map.of("param_1", 10, "param_2", 5));
    }

    /** RegexpTest.test_fetch: fetch None, offset 10. */
    @Test
    void test_fetch_2() {
        pg(select(literalColumn("1")).offset(10), "SELECT 1 LIMIT ALL OFFSET %(param_1)s", Map.of("param_1", 10));
    }

    /** RegexpTest.test_fetch: fetch 5, offset None. */
    @Test
    void test_fetch_3() {
        pg(select(literalColumn("1")).fetch(5), "SELECT 1 FETCH FIRST (%(param_1)s) ROWS ONLY", Map.of("param_1", 5));
    }

    /** RegexpTest.test_fetch: fetch 0, offset 0. */
    @Test
    void test_fetch_4() {
        pg(select(literalColumn("1")).fetch(0).offset(0), "SELECT 1 OFFSET (%(param_1)s) ROWS FETCH FIRST (%(param_2)s) ROWS ONLY", Map.of("param_1", 0, "param_2", 0));
    }

    /**
     * RegexpTest.test_fetch: fetch 5, offset 10, percent. SQLAlchemy: {@code SELECT 1 OFFSET (%(param_1)s) ROWS FETCH FIRST (%(param_2)s) PERCENT ROWS ONLY}, which PostgreSQL rejects (its FETCH has no
     * PERCENT).
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#pg-fetch-percent",
            value = "FETCH FIRST … PERCENT is refused with a CompileError: PostgreSQL has no PERCENT")
    void test_fetch_5() {
        assertThatThrownBy(() -> select(literalColumn("1")).fetch(5, true, false).offset(10).compile(TestDialects.POSTGRESQL)).isInstanceOf(CompileError.class)
                .hasMessageContaining("PERCENT");
    }

    /**
     * RegexpTest.test_fetch: fetch 5, offset 10, percent_ties. SQLAlchemy: {@code SELECT 1 OFFSET (%(param_1)s) ROWS FETCH FIRST (%(param_2)s) PERCENT ROWS WITH TIES}, which PostgreSQL rejects (its FETCH has no
     * PERCENT).
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#pg-fetch-percent",
            value = "FETCH FIRST … PERCENT is refused with a CompileError: PostgreSQL has no PERCENT")
    void test_fetch_6() {
        assertThatThrownBy(() -> select(literalColumn("1")).fetch(5, true, true).offset(10).compile(TestDialects.POSTGRESQL)).isInstanceOf(CompileError.class)
                .hasMessageContaining("PERCENT");
    }

    /** RegexpTest.test_fetch: fetch 5, offset 10, ties. */
    @Test
    void test_fetch_7() {
        pg(select(literalColumn("1")).fetch(5, false, true).offset(10), "SELECT 1 OFFSET (%(param_1)s) ROWS FETCH FIRST (%(param_2)s) ROWS WITH TIES", Map.of("param_1", 10, "param_2", 5));
    }

    /** RegexpTest.test_fetch: fetch literalColumn(Q), offset literalColumn(Y). */
    @Test
    void test_fetch_8() {
        pg(select(literalColumn("1")).fetch(literalColumn("Q")).offset(literalColumn("Y")), "SELECT 1 OFFSET (Y) ROWS FETCH FIRST (Q) ROWS ONLY", Map.of());
    }

    /** RegexpTest.test_fetch: fetch column(Q), offset column(Y). */
    @Test
    void test_fetch_9() {
        pg(select(literalColumn("1")).fetch(column("Q")).offset(column("Y")), "SELECT 1 OFFSET (\"Y\") ROWS FETCH FIRST (\"Q\") ROWS ONLY", Map.of());
    }

    /** RegexpTest.test_fetch: fetch bindparam(Q, Types.INTEGER, 3), offset bindparam(Y, Types.INTEGER, 7). */
    @Test
    void test_fetch_10() {
        pg(select(literalColumn("1")).fetch(bindparam("Q", Types.INTEGER, 3)).offset(bindparam("Y", Types.INTEGER, 7)), "SELECT 1 OFFSET (%(Y)s) ROWS FETCH FIRST (%(Q)s) ROWS ONLY", Map.of("Q", 3, "Y", 7));
    }

    /** RegexpTest.test_fetch: fetch literalColumn(Q).plus(literalColumn(Z)), offset literalColumn(Y).plus(literalColumn(W)). */
    @Test
    void test_fetch_11() {
        pg(select(literalColumn("1")).fetch(literalColumn("Q").plus(literalColumn("Z"))).offset(literalColumn("Y").plus(literalColumn("W"))), "SELECT 1 OFFSET (Y + W) ROWS FETCH FIRST (Q + Z) ROWS ONLY", Map.of());
    }

    /** CompileTest.test_substring. */
    @Test
    void test_substring() {
        PG.assertCompile(func.call("substring", "abc", 1, 2),
                "SUBSTRING(%(substring_1)s FROM %(substring_2)s FOR %(substring_3)s)", TestDialects.POSTGRESQL);
        PG.assertCompile(func.call("substring", "abc", 1), "SUBSTRING(%(substring_1)s FROM %(substring_2)s)",
                TestDialects.POSTGRESQL);
    }
}
