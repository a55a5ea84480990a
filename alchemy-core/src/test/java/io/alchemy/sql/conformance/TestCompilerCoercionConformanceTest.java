package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.col;
import static io.alchemy.sql.conformance.Fixtures.table;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.sql.TableClause;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_compiler.py}, {@code CoercionTest}: boolean columns as criteria and
 * constants inside {@code and_()}. Python's {@code True}/{@code False}/{@code None} are Alchemy's {@code true_()},
 * {@code false_()} and {@code null_()}. Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_compiler.py")
class TestCompilerCoercionConformanceTest {
    private final TableClause boolTable = table("t", col("x", Types.BOOLEAN));
    /** CoercionTest._fixture: {@code Table("foo", m, Column("id", Integer))}. */
    private final TableClause foo = table("foo", col("id", Types.INTEGER));

    /** CoercionTest.test_coerce_bool_where: a boolean column is a criterion by itself. */
    @Test
    void test_coerce_bool_where() {
        assertCompile(select(boolTable).where(boolTable.c("x")), "SELECT t.x FROM t WHERE t.x");
    }

    /** CoercionTest.test_coerce_bool_where_non_native, first case (SQLite has no native boolean).
     */
    @Test
    void test_coerce_bool_where_non_native() {
        assertCompile(select(boolTable).where(boolTable.c("x")),
                "SELECT t.x FROM t WHERE t.x = 1",
                new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** CoercionTest.test_coerce_bool_where_non_native, second case: the negation.
     */
    @Test
    void test_coerce_bool_where_non_native_negated() {
        assertCompile(select(boolTable).where(not(boolTable.c("x"))),
                "SELECT t.x FROM t WHERE t.x = 0",
                new io.alchemy.dialect.sqlite.SQLiteDialect());
    }

    /** CoercionTest.test_val_and_false.
     */
    @Test
    void test_val_and_false() {
        assertCompile(and(foo.c("id").eq(1), false_()),
                "false");
    }

    /** CoercionTest.test_val_and_true_coerced.
     */
    @Test
    void test_val_and_true_coerced() {
        assertCompile(and(foo.c("id").eq(1), true_()),
                "foo.id = :id_1");
    }

    /** CoercionTest.test_val_is_null_coerced: {@code and_(t.c.id == None)}. */
    @Test
    void test_val_is_null_coerced() {
        assertCompile(and(foo.c("id").eq(null)), "foo.id IS NULL");
    }

    /** CoercionTest.test_val_and_None. */
    @Test
    void test_val_and_None() {
        assertCompile(and(foo.c("id").eq(1), null_()), "foo.id = :id_1 AND NULL");
    }

    /** CoercionTest.test_None_and_val. */
    @Test
    void test_None_and_val() {
        assertCompile(and(null_(), foo.c("id").eq(1)), "NULL AND foo.id = :id_1");
    }

    /** CoercionTest.test_None_and_nothing. */
    @Test
    void test_None_and_nothing() {
        assertCompile(and(null_()), "NULL");
    }

    /** CoercionTest.test_val_and_null. */
    @Test
    void test_val_and_null() {
        assertCompile(and(foo.c("id").eq(1), null_()), "foo.id = :id_1 AND NULL");
    }
}
