package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.checkConstraint;
import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.index;
import static io.alchemy.Alchemy.primaryKeyConstraint;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.dialect.generic.GenericDialect;
import io.alchemy.schema.CreateIndex;
import io.alchemy.schema.CreateTable;
import io.alchemy.schema.DropIndex;
import io.alchemy.schema.DropTable;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_compiler.py}, {@code DDLTest}: CREATE TABLE with composite primary keys,
 * no columns, and table-level CHECK constraints. Expected strings are SQLAlchemy's, verbatim (SQLAlchemy's
 * {@code assert_compile} drops the newlines and tabs of the DDL).
 */
@PortedFrom("test/sql/test_compiler.py")
class TestCompilerDdlConformanceTest {

    /** DDLTest.test_composite_pk_constraint_autoinc_first_implicit: the autoincrement column leads the key. */
    @Test
    void test_composite_pk_constraint_autoinc_first_implicit() {
        Table t = new MetaData().table("t", column("a", Types.INTEGER).primaryKey(),
                column("b", Types.INTEGER).primaryKey().autoincrement(true));
        assertCompile(new CreateTable(t), "CREATE TABLE t ("
                + "a INTEGER NOT NULL, "
                + "b INTEGER NOT NULL, "
                + "PRIMARY KEY (b, a))", GenericDialect.INSTANCE);
    }

    /** DDLTest.test_composite_pk_constraint_maintains_order_explicit. */
    @Test
    void test_composite_pk_constraint_maintains_order_explicit() {
        Table t = new MetaData().table("t", column("a", Types.INTEGER),
                column("b", Types.INTEGER).autoincrement(true), primaryKeyConstraint("a", "b"));
        assertCompile(new CreateTable(t), "CREATE TABLE t ("
                + "a INTEGER NOT NULL, "
                + "b INTEGER NOT NULL, "
                + "PRIMARY KEY (a, b))", GenericDialect.INSTANCE);
    }

    /** DDLTest.test_table_no_cols. */
    @Test
    void test_table_no_cols() {
        Table t1 = new MetaData().table("t1");
        assertCompile(new CreateTable(t1), "CREATE TABLE t1 ()", GenericDialect.INSTANCE);
    }

    /** DDLTest.test_table_no_cols_w_constraint. */
    @Test
    void test_table_no_cols_w_constraint() {
        Table t1 = new MetaData().table("t1", checkConstraint("a = 1"));
        assertCompile(new CreateTable(t1), "CREATE TABLE t1 (CHECK (a = 1))", GenericDialect.INSTANCE);
    }

    /** DDLTest.test_table_one_col_w_constraint. */
    @Test
    void test_table_one_col_w_constraint() {
        Table t1 = new MetaData().table("t1", column("q", Types.INTEGER), checkConstraint("a = 1"));
        assertCompile(new CreateTable(t1), "CREATE TABLE t1 (q INTEGER, CHECK (a = 1))", GenericDialect.INSTANCE);
    }

    /** DDLTest.test_create_table_exists. */
    @Test
    void test_create_table_exists() {
        Table t1 = new MetaData().table("t1", column("q", Types.INTEGER));
        assertCompile(new CreateTable(t1).ifNotExists(), "CREATE TABLE IF NOT EXISTS t1 (q INTEGER)",
                GenericDialect.INSTANCE);
    }

    /** DDLTest.test_drop_table_exists. */
    @Test
    void test_drop_table_exists() {
        Table t1 = new MetaData().table("t1", column("q", Types.INTEGER));
        assertCompile(new DropTable(t1).ifExists(), "DROP TABLE IF EXISTS t1", GenericDialect.INSTANCE);
    }

    /** DDLTest.test_create_index_exists. */
    @Test
    void test_create_index_exists() {
        Table t1 = new MetaData().table("t1", column("q", Types.INTEGER), index("my_idx", "q"));
        assertCompile(new CreateIndex(t1.indexes().get(0)).ifNotExists(), "CREATE INDEX IF NOT EXISTS my_idx ON t1 (q)",
                GenericDialect.INSTANCE);
    }

    /** DDLTest.test_drop_index_exists. */
    @Test
    void test_drop_index_exists() {
        Table t1 = new MetaData().table("t1", column("q", Types.INTEGER), index("my_idx", "q"));
        assertCompile(new DropIndex(t1.indexes().get(0)).ifExists(), "DROP INDEX IF EXISTS my_idx",
                GenericDialect.INSTANCE);
    }
}
