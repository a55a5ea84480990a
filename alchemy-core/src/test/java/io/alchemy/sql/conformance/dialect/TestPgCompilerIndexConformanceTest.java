package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.and;
import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.index;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.dialect.postgresql.PostgreSQLIndexOptions;
import io.alchemy.exc.CompileError;
import io.alchemy.schema.CreateIndex;
import io.alchemy.schema.DropIndex;
import io.alchemy.schema.Index;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.AssertCompile;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/postgresql/test_compiler.py} ({@code CompileTest}): {@code CREATE INDEX}
 * with PostgreSQL's options ({@link PostgreSQLIndexOptions}: USING, operator classes, INCLUDE, NULLS NOT DISTINCT,
 * WITH, TABLESPACE, CONCURRENTLY) and partial indexes ({@code Index.where}). Expected strings verbatim. SQLAlchemy's
 * {@code Column(..., key="d2")} has no counterpart here: its operator class is given by the column's name.
 */
@PortedFrom("test/dialect/postgresql/test_compiler.py")
class TestPgCompilerIndexConformanceTest {

    private static void pg(Index idx, String expected) {
        AssertCompile.assertCompile(new CreateIndex(idx), expected, TestDialects.POSTGRESQL);
    }

    private static Table testtbl(io.alchemy.types.SqlType<?> type, Index... indexes) {
        io.alchemy.schema.TableElement[] elements = new io.alchemy.schema.TableElement[1 + indexes.length];
        elements[0] = column("data", type);
        System.arraycopy(indexes, 0, elements, 1, indexes.length);
        return new MetaData().table("testtbl", elements);
    }

    private static PostgreSQLIndexOptions pgOptions() {
        return PostgreSQLIndexOptions.create();
    }

    /** CompileTest.test_create_partial_index. */
    @Test
    void test_create_partial_index() {
        Table tbl = new MetaData().table("testtbl", column("data", Types.INTEGER));
        Index idx = index("test_idx1", "data").where(and(tbl.c("data").gt(5), tbl.c("data").lt(10)));
        Index idx2 = index("test_idx2", "data").where(and(tbl.c("data").gt("a"), tbl.c("data").lt("b's")));
        Index idx3 = index("test_idx2", "data").where(text("data > 'a' AND data < 'b''s'"));
        new MetaData().table("testtbl", column("data", Types.INTEGER), idx);
        new MetaData().table("testtbl", column("data", Types.INTEGER), idx2);
        new MetaData().table("testtbl", column("data", Types.INTEGER), idx3);
        pg(idx, "CREATE INDEX test_idx1 ON testtbl (data) WHERE data > 5 AND data < 10");
        pg(idx2, "CREATE INDEX test_idx2 ON testtbl (data) WHERE data > 'a' AND data < 'b''s'");
        pg(idx3, "CREATE INDEX test_idx2 ON testtbl (data) WHERE data > 'a' AND data < 'b''s'");
    }

    /** CompileTest.test_create_index_with_ops. */
    @Test
    void test_create_index_with_ops() {
        Index idx = index("test_idx1", "data").with(pgOptions().operatorClass("data", "text_pattern_ops"));
        Index idx2 = index("test_idx2", "data", "data2").with(pgOptions().operatorClass("data", "text_pattern_ops")
                .operatorClass("data2", "int4_ops"));
        new MetaData().table("testtbl", column("data", Types.STRING), column("data2", Types.INTEGER), idx, idx2);
        pg(idx, "CREATE INDEX test_idx1 ON testtbl (data text_pattern_ops)");
        pg(idx2, "CREATE INDEX test_idx2 ON testtbl (data text_pattern_ops, data2 int4_ops)");
    }

    /** CompileTest.test_create_index_with_using. */
    @Test
    void test_create_index_with_using() {
        Index idx1 = index("test_idx1", "data");
        Index idx2 = index("test_idx2", "data").with(pgOptions().using("btree"));
        Index idx3 = index("test_idx3", "data").with(pgOptions().using("hash"));
        testtbl(Types.STRING, idx1, idx2, idx3);
        pg(idx1, "CREATE INDEX test_idx1 ON testtbl (data)");
        pg(idx2, "CREATE INDEX test_idx2 ON testtbl USING btree (data)");
        pg(idx3, "CREATE INDEX test_idx3 ON testtbl USING hash (data)");
    }

    /** CompileTest.test_create_index_with_with. */
    @Test
    void test_create_index_with_with() {
        Index idx1 = index("test_idx1", "data");
        Index idx2 = index("test_idx2", "data").with(pgOptions().with("fillfactor", 50));
        Index idx3 = index("test_idx3", "data").with(pgOptions().using("gist").with("buffering", "off"));
        testtbl(Types.STRING, idx1, idx2, idx3);
        pg(idx1, "CREATE INDEX test_idx1 ON testtbl (data)");
        pg(idx2, "CREATE INDEX test_idx2 ON testtbl (data) WITH (fillfactor = 50)");
        pg(idx3, "CREATE INDEX test_idx3 ON testtbl USING gist (data) WITH (buffering = off)");
    }

    /** CompileTest.test_create_index_with_using_unusual_conditions. */
    @Test
    void test_create_index_with_using_unusual_conditions() {
        Index gist = index("test_idx1", "data").with(pgOptions().using("GIST"));
        Index custom = index("test_idx1", "data").with(pgOptions().using("some_custom_method"));
        Index invalid = index("test_idx2", "data").with(pgOptions().using("gin invalid sql"));
        new MetaData().table("testtbl", column("data", Types.STRING), gist);
        new MetaData().table("testtbl", column("data", Types.STRING), custom);
        new MetaData().table("testtbl", column("data", Types.STRING), invalid);
        pg(gist, "CREATE INDEX test_idx1 ON testtbl USING gist (data)");
        pg(custom, "CREATE INDEX test_idx1 ON testtbl USING some_custom_method (data)");
        assertThatThrownBy(() -> new CreateIndex(invalid).compile(TestDialects.POSTGRESQL))
                .isInstanceOf(CompileError.class).hasMessageContaining("Unexpected SQL phrase: 'gin invalid sql'");
    }

    /** CompileTest.test_create_index_with_tablespace. */
    @Test
    void test_create_index_with_tablespace() {
        Index idx1 = index("test_idx1", "data");
        Index idx2 = index("test_idx2", "data").with(pgOptions().tablespace("sometablespace"));
        Index idx3 = index("test_idx3", "data").with(pgOptions().tablespace("another table space"));
        testtbl(Types.STRING, idx1, idx2, idx3);
        pg(idx1, "CREATE INDEX test_idx1 ON testtbl (data)");
        pg(idx2, "CREATE INDEX test_idx2 ON testtbl (data) TABLESPACE sometablespace");
        pg(idx3, "CREATE INDEX test_idx3 ON testtbl (data) TABLESPACE \"another table space\"");
    }

    /** CompileTest.test_create_index_with_multiple_options. */
    @Test
    void test_create_index_with_multiple_options() {
        Table tbl = new MetaData().table("testtbl", column("data", Types.STRING));
        Index idx1 = index("test_idx1", "data").with(pgOptions().using("btree").tablespace("atablespace")
                .with("fillfactor", 60)).where(and(tbl.c("data").gt(5), tbl.c("data").lt(10)));
        new MetaData().table("testtbl", column("data", Types.STRING), idx1);
        pg(idx1, "CREATE INDEX test_idx1 ON testtbl USING btree (data) WITH (fillfactor = 60) "
                + "TABLESPACE atablespace WHERE data > 5 AND data < 10");
    }

    /**
     * CompileTest.test_create_index_concurrently: on a PostgreSQL that has it (SQLAlchemy's second half, a dialect
     * of PostgreSQL 8.1 without it, has no counterpart: Alchemy's dialect is for supported versions only).
     */
    @Test
    void test_create_index_concurrently() {
        Index idx1 = index("test_idx1", "data").with(pgOptions().concurrently());
        testtbl(Types.INTEGER, idx1);
        pg(idx1, "CREATE INDEX CONCURRENTLY test_idx1 ON testtbl (data)");
    }

    /** CompileTest.test_drop_index_concurrently: on a PostgreSQL that has it. */
    @Test
    void test_drop_index_concurrently() {
        Index idx1 = index("test_idx1", "data").with(pgOptions().concurrently());
        testtbl(Types.INTEGER, idx1);
        AssertCompile.assertCompile(new DropIndex(idx1), "DROP INDEX CONCURRENTLY test_idx1", TestDialects.POSTGRESQL);
    }

    /** CompileTest.test_include: an index with INCLUDE. */
    @Test
    void test_include_3() {
        Index idx = index("idx", "id").with(pgOptions().include("value"));
        new MetaData().table("foo", column("id", Types.INTEGER).nullable(false),
                column("value", Types.INTEGER).nullable(false), column("misc", Types.STRING), idx);
        pg(idx, "CREATE INDEX idx ON foo (id) INCLUDE (value)");
    }

    private static Index onTest(Index idx) {
        new MetaData().table("test", column("x", Types.INTEGER), column("y", Types.INTEGER),
                column("z", Types.INTEGER), idx);
        return idx;
    }

    /** CompileTest.test_index_extra_include_1: INCLUDE by column name. */
    @Test
    void test_index_extra_include_1() {
        pg(onTest(index("foo", "x").with(pgOptions().include("y"))), "CREATE INDEX foo ON test (x) INCLUDE (y)");
    }

    /** CompileTest.test_index_extra_include_2: INCLUDE of a column (by its key here). */
    @Test
    void test_index_extra_include_2() {
        Table tbl = new MetaData().table("test", column("x", Types.INTEGER), column("y", Types.INTEGER));
        pg(onTest(index("foo", "x").with(pgOptions().include(tbl.c("y").key()))),
                "CREATE INDEX foo ON test (x) INCLUDE (y)");
    }

    private static Index onTestTbl(Index idx) {
        new MetaData().table("test_tbl", column("data", Types.STRING), column("data2", Types.INTEGER),
                column("data3", Types.INTEGER), idx);
        return idx;
    }

    /** CompileTest.test_nulls_not_distinct: a unique index with NULLS NOT DISTINCT. */
    @Test
    void test_nulls_not_distinct_3() {
        pg(onTestTbl(index("test_idx1", "data").unique().with(pgOptions().nullsNotDistinct(true))),
                "CREATE UNIQUE INDEX test_idx1 ON test_tbl (data) NULLS NOT DISTINCT");
    }

    /** CompileTest.test_nulls_not_distinct: a unique index with NULLS DISTINCT. */
    @Test
    void test_nulls_not_distinct_4() {
        pg(onTestTbl(index("test_idx2", "data2").unique().with(pgOptions().nullsNotDistinct(false))),
                "CREATE UNIQUE INDEX test_idx2 ON test_tbl (data2) NULLS DISTINCT");
    }

    /** CompileTest.test_nulls_not_distinct: INCLUDE, NULLS NOT DISTINCT, WITH and WHERE together. */
    @Test
    void test_nulls_not_distinct_5() {
        Table tbl = new MetaData().table("test_tbl", column("data3", Types.INTEGER));
        pg(onTestTbl(index("test_idx3_complex", "data3").with(pgOptions().nullsNotDistinct(true).include("data2")
                        .with("fillfactor", 50)).where(and(tbl.c("data3").gt(5)))),
                "CREATE INDEX test_idx3_complex ON test_tbl (data3) INCLUDE (data2) NULLS NOT DISTINCT WITH "
                        + "(fillfactor = 50) WHERE data3 > 5");
    }
}
