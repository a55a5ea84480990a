package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.column;

import io.alchemy.dialect.sqlite.SQLiteTableOptions;
import io.alchemy.schema.CreateTable;
import io.alchemy.schema.MetaData;
import io.alchemy.testing.AssertCompile;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/sqlite/test_compiler.py} ({@code SQLTest}): SQLite's table options
 * ({@link SQLiteTableOptions}: {@code WITHOUT ROWID}, {@code STRICT}). Expected strings verbatim.
 */
@PortedFrom("test/dialect/sqlite/test_compiler.py")
class TestSqliteCompilerTableConformanceTest {

    private static void lite(SQLiteTableOptions options, String expected) {
        AssertCompile.assertCompile(new CreateTable(new MetaData().table("atable", column("id", Types.INTEGER),
                options)), expected, TestDialects.SQLITE);
    }

    /** SQLTest.test_create_table_without_rowid. */
    @Test
    void test_create_table_without_rowid() {
        lite(SQLiteTableOptions.create().withoutRowid(), "CREATE TABLE atable (id INTEGER) WITHOUT ROWID");
    }

    /** SQLTest.test_create_table_strict. */
    @Test
    void test_create_table_strict() {
        lite(SQLiteTableOptions.create().strict(), "CREATE TABLE atable (id INTEGER) STRICT");
    }

    /** SQLTest.test_create_table_without_rowid_strict. */
    @Test
    void test_create_table_without_rowid_strict() {
        lite(SQLiteTableOptions.create().withoutRowid().strict(), "CREATE TABLE atable (id INTEGER) WITHOUT ROWID, STRICT");
    }
}
