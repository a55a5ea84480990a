package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.column;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.CompileError;
import io.alchemy.schema.Column;
import io.alchemy.schema.Computed;
import io.alchemy.schema.CreateTable;
import io.alchemy.schema.Identity;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.AssertCompile;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/postgresql/test_compiler.py} ({@code CompileTest}): computed
 * ({@link Computed}) and identity ({@link Identity}) columns in PostgreSQL's CREATE TABLE. Expected strings verbatim;
 * each of SQLAlchemy's combinations is one test, numbered.
 */
@PortedFrom("test/dialect/postgresql/test_compiler.py")
class TestPgCompilerColumnConformanceTest {

    private static void pg(Table t, String expected) {
        AssertCompile.assertCompile(new CreateTable(t), expected, TestDialects.POSTGRESQL);
    }

    private static Table computed(Computed computed) {
        return new MetaData().table("t", column("x", Types.INTEGER), column("y", Types.INTEGER).computed(computed));
    }

    /** CompileTest.test_column_computed: persisted not given. */
    @Test
    void test_column_computed() {
        pg(computed(Computed.of("x + 2")), "CREATE TABLE t (x INTEGER, y INTEGER GENERATED ALWAYS AS (x + 2) STORED)");
    }

    /**
     * CompileTest.test_column_computed: persisted None (the same as not given here: {@code Computed.of} leaves it
     * unset).
     */
    @Test
    void test_column_computed_2() {
        pg(computed(Computed.of("x + 2")), "CREATE TABLE t (x INTEGER, y INTEGER GENERATED ALWAYS AS (x + 2) STORED)");
    }

    /** CompileTest.test_column_computed: persisted True. */
    @Test
    void test_column_computed_3() {
        pg(computed(Computed.of("x + 2").persisted(true)),
                "CREATE TABLE t (x INTEGER, y INTEGER GENERATED ALWAYS AS (x + 2) STORED)");
    }

    /** CompileTest.test_column_computed_persisted_false. */
    @Test
    void test_column_computed_persisted_false() {
        assertThatThrownBy(() -> new CreateTable(computed(Computed.of("x + 2").persisted(false)))
                .compile(TestDialects.POSTGRESQL)).isInstanceOf(CompileError.class)
                .hasMessageContaining("PostrgreSQL computed columns do not support 'virtual'");
    }

    private static Column<Integer> identityY() {
        return column("y", Types.INTEGER).identity(Identity.always().start(4).increment(7));
    }

    /** CompileTest.test_column_identity: a primary key. */
    @Test
    void test_column_identity() {
        pg(new MetaData().table("t", identityY().primaryKey()),
                "CREATE TABLE t (y INTEGER GENERATED ALWAYS AS IDENTITY (INCREMENT BY 7 START WITH 4), PRIMARY KEY (y))");
    }

    /** CompileTest.test_column_identity: not a primary key. */
    @Test
    void test_column_identity_2() {
        pg(new MetaData().table("t", identityY()),
                "CREATE TABLE t (y INTEGER GENERATED ALWAYS AS IDENTITY (INCREMENT BY 7 START WITH 4))");
    }

    /** CompileTest.test_column_identity_null. */
    @Test
    void test_column_identity_null() {
        pg(new MetaData().table("t", identityY().nullable(true)),
                "CREATE TABLE t (y INTEGER GENERATED ALWAYS AS IDENTITY (INCREMENT BY 7 START WITH 4) NULL)");
    }
}
