package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;

import io.alchemy.schema.CreateSequence;
import io.alchemy.schema.Sequence;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.AssertCompile;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.Test;

/**
 * More of SQLAlchemy rel_2_0 {@code test/dialect/postgresql/test_compiler.py} ({@code CompileTest},
 * {@code SequenceTest}): the PostgreSQL dialect's SQL in psycopg2's {@code pyformat} paramstyle
 * ({@link SqlAlchemyParamstyle}). Expected strings verbatim.
 */
@PortedFrom("test/dialect/postgresql/test_compiler.py")
class TestPgCompilerMoreConformanceTest {
    private static final SqlAlchemyParamstyle PG = SqlAlchemyParamstyle.PYFORMAT;

    private static void pg(io.alchemy.sql.Executable stmt, String expected) {
        PG.assertCompile(stmt, expected, TestDialects.POSTGRESQL);
    }

    private static void pg(io.alchemy.sql.ColumnElement<?> expr, String expected) {
        PG.assertCompile(expr, expected, TestDialects.POSTGRESQL);
    }



    /** CompileTest.test_ilike_escaping: ILIKE with an empty escape. */
    @Test
    void test_ilike_escaping_2() {
        pg(column("foo").ilike("bar", ""), "foo ILIKE %(foo_1)s ESCAPE ''");
    }


    /** CompileTest.test_ilike_escaping: NOT ILIKE with an empty escape. */
    @Test
    void test_ilike_escaping_4() {
        pg(column("foo").notIlike("bar", ""), "foo NOT ILIKE %(foo_1)s ESCAPE ''");
    }

    /** SequenceTest.test_compile_type: no data type. */
    @Test
    void test_compile_type() {
        AssertCompile.assertCompile(new CreateSequence(Sequence.of("s1")), "CREATE SEQUENCE s1",
                TestDialects.POSTGRESQL);
    }
}
