package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.and;
import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.index;

import io.alchemy.schema.CreateIndex;
import io.alchemy.schema.Index;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.AssertCompile;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/sqlite/test_compiler.py} ({@code SQLTest}): a partial index
 * ({@code Index.where}, SQLAlchemy's {@code sqlite_where}) on SQLite. Expected strings verbatim.
 */
@PortedFrom("test/dialect/sqlite/test_compiler.py")
class TestSqliteCompilerIndexConformanceTest {

    /** SQLTest.test_create_partial_index. */
    @Test
    void test_create_partial_index() {
        Table tbl = new MetaData().table("testtbl", column("data", Types.INTEGER));
        Index idx = index("test_idx1", "data").where(and(tbl.c("data").gt(5), tbl.c("data").lt(10)));
        Index idx2 = index("test_idx2", "data").where(and(tbl.c("data").gt("a"), tbl.c("data").lt("b's")));
        new MetaData().table("testtbl", column("data", Types.INTEGER), idx, idx2);
        AssertCompile.assertCompile(new CreateIndex(idx), "CREATE INDEX test_idx1 ON testtbl (data) "
                + "WHERE data > 5 AND data < 10", TestDialects.SQLITE);
        AssertCompile.assertCompile(new CreateIndex(idx2), "CREATE INDEX test_idx2 ON testtbl (data) "
                + "WHERE data > 'a' AND data < 'b''s'", TestDialects.SQLITE);
    }
}
