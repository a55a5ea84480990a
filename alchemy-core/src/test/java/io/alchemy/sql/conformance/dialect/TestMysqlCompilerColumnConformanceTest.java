package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.column;

import io.alchemy.schema.Computed;
import io.alchemy.schema.CreateTable;
import io.alchemy.schema.MetaData;
import io.alchemy.testing.AssertCompile;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/mysql/test_compiler.py} ({@code CompileTest.test_column_computed}): computed
 * columns ({@link Computed}) in MySQL's CREATE TABLE. Expected strings verbatim; each combination is one test.
 */
@PortedFrom("test/dialect/mysql/test_compiler.py")
class TestMysqlCompilerColumnConformanceTest {

    private static void my(Computed computed, String text) {
        AssertCompile.assertCompile(new CreateTable(new MetaData().table("t", column("x", Types.INTEGER),
                        column("y", Types.INTEGER).computed(computed))),
                "CREATE TABLE t (x INTEGER, y INTEGER GENERATED ALWAYS AS (x + 2)" + text + ")", TestDialects.MYSQL);
    }

    /** CompileTest.test_column_computed: persisted not given. */
    @Test
    void test_column_computed() {
        my(Computed.of("x + 2"), "");
    }

    /** CompileTest.test_column_computed: persisted None (unset here too). */
    @Test
    void test_column_computed_2() {
        my(Computed.of("x + 2"), "");
    }

    /** CompileTest.test_column_computed: persisted True. */
    @Test
    void test_column_computed_3() {
        my(Computed.of("x + 2").persisted(true), " STORED");
    }

    /** CompileTest.test_column_computed: persisted False. */
    @Test
    void test_column_computed_4() {
        my(Computed.of("x + 2").persisted(false), " VIRTUAL");
    }
}
