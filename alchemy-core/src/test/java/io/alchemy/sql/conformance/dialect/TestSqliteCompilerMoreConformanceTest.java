package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.column;

import io.alchemy.schema.CreateTable;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.AssertCompile;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * More of SQLAlchemy rel_2_0 {@code test/dialect/sqlite/test_compiler.py} ({@code SQLTest}): the SQLite dialect's
 * DDL. Expected strings verbatim (SQLAlchemy's {@code assert_compile} drops the newlines and tabs of the DDL).
 */
@PortedFrom("test/dialect/sqlite/test_compiler.py")
class TestSqliteCompilerMoreConformanceTest {

    private static void ddl(String serverDefault, String expected) {
        Table t = new MetaData().table("t", column("x", Types.STRING).serverDefault(serverDefault));
        AssertCompile.assertCompile(new CreateTable(t), "CREATE TABLE t (x " + expected + ")", TestDialects.SQLITE);
    }

    /** SQLTest.test_column_defaults_ddl: a text() function default is parenthesized. */
    @Test
    void test_column_defaults_ddl_text_function() {
        ddl("datetime(CURRENT_TIMESTAMP, 'localtime')",
                "VARCHAR DEFAULT (datetime(CURRENT_TIMESTAMP, 'localtime'))");
    }

    /** SQLTest.test_column_defaults_ddl: a text() literal with leading spaces is not parenthesized. */
    @Test
    void test_column_defaults_ddl_text_leading_spaces() {
        ddl("  'some default'", "VARCHAR DEFAULT   'some default'");
    }

    /** SQLTest.test_column_defaults_ddl: a text() string literal. */
    @Test
    void test_column_defaults_ddl_text_literal() {
        ddl("'some default'", "VARCHAR DEFAULT 'some default'");
    }

    private final MetaData metadata = new MetaData();
    private final Table t1 = metadata.table("master", "t1", column("id", Types.INTEGER).primaryKey());

    /** SQLTest.test_constraints_with_schemas: schema to schema, REFERENCES without the schema name. */
    @Test
    void test_constraints_with_schemas() {
        Table t2 = metadata.table("master", "t2", column("id", Types.INTEGER).primaryKey(),
                column("t1_id", Types.INTEGER).references("master.t1.id"));
        AssertCompile.assertCompile(new CreateTable(t2), "CREATE TABLE master.t2 ("
                + "id INTEGER NOT NULL, "
                + "t1_id INTEGER, "
                + "PRIMARY KEY (id), "
                + "FOREIGN KEY(t1_id) REFERENCES t1 (id)"
                + ")", TestDialects.SQLITE);
    }

    /** SQLTest.test_constraints_with_schemas: to a different schema, no REFERENCES. */
    @Test
    void test_constraints_with_schemas_2() {
        Table t3 = metadata.table("alternate", "t3", column("id", Types.INTEGER).primaryKey(),
                column("t1_id", Types.INTEGER).references("master.t1.id"));
        AssertCompile.assertCompile(new CreateTable(t3), "CREATE TABLE alternate.t3 ("
                + "id INTEGER NOT NULL, "
                + "t1_id INTEGER, "
                + "PRIMARY KEY (id)"
                + ")", TestDialects.SQLITE);
    }

    /** SQLTest.test_constraints_with_schemas: from the default schema, no REFERENCES. */
    @Test
    void test_constraints_with_schemas_3() {
        Table t4 = metadata.table("t4", column("id", Types.INTEGER).primaryKey(),
                column("t1_id", Types.INTEGER).references("master.t1.id"));
        AssertCompile.assertCompile(new CreateTable(t4), "CREATE TABLE t4 ("
                + "id INTEGER NOT NULL, "
                + "t1_id INTEGER, "
                + "PRIMARY KEY (id)"
                + ")", TestDialects.SQLITE);
    }

}
