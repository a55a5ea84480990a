package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.index;

import io.alchemy.dialect.Dialect;
import io.alchemy.dialect.mysql.MySQLIndexOptions;
import io.alchemy.schema.CreateIndex;
import io.alchemy.schema.Index;
import io.alchemy.schema.MetaData;
import io.alchemy.testing.AssertCompile;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/mysql/test_compiler.py} ({@code CompileTest}): {@code CREATE INDEX} with
 * MySQL's and MariaDB's options ({@link MySQLIndexOptions}: key prefix lengths, FULLTEXT, WITH PARSER, USING). Expected
 * strings verbatim; SQLAlchemy's {@code mysql} / {@code mariadb} combinations are one test each ({@code _mariadb}).
 * SQLAlchemy's {@code Column(..., key="s")} has no counterpart here: lengths are given by column name, as SQLAlchemy
 * matches them.
 */
@PortedFrom("test/dialect/mysql/test_compiler.py")
class TestMysqlCompilerIndexConformanceTest {

    private static Index on(Index idx, String... columns) {
        io.alchemy.schema.TableElement[] elements = new io.alchemy.schema.TableElement[columns.length + 1];
        for (int i = 0; i < columns.length; i++) {
            elements[i] = column(columns[i], Types.string(255));
        }
        elements[columns.length] = idx;
        new MetaData().table("testtbl", elements);
        return idx;
    }

    private static void assertIndex(Index idx, String expected, Dialect dialect) {
        AssertCompile.assertCompile(new CreateIndex(idx), expected, dialect);
    }

    private static MySQLIndexOptions my() {
        return MySQLIndexOptions.create();
    }

    private static void withPrefix(Dialect dialect) {
        assertIndex(on(index("test_idx1", "data").with(my().length(10).prefix("FULLTEXT")), "data"),
                "CREATE FULLTEXT INDEX test_idx1 ON testtbl (data(10))", dialect);
    }

    /** CompileTest.test_create_index_with_prefix: mysql. */
    @Test
    void test_create_index_with_prefix() {
        withPrefix(TestDialects.MYSQL);
    }

    /** CompileTest.test_create_index_with_prefix: mariadb. */
    @Test
    void test_create_index_with_prefix_mariadb() {
        withPrefix(TestDialects.MARIADB);
    }

    private static void withParser(Dialect dialect) {
        assertIndex(on(index("test_idx1", "data").with(my().length(10).prefix("FULLTEXT").withParser("ngram")), "data"),
                "CREATE FULLTEXT INDEX test_idx1 ON testtbl (data(10)) WITH PARSER ngram", dialect);
    }

    /** CompileTest.test_create_index_with_parser: mysql. */
    @Test
    void test_create_index_with_parser() {
        withParser(TestDialects.MYSQL);
    }

    /** CompileTest.test_create_index_with_parser: mariadb. */
    @Test
    void test_create_index_with_parser_mariadb() {
        withParser(TestDialects.MARIADB);
    }

    private static void withLength(Dialect dialect) {
        assertIndex(on(index("test_idx1", "data").with(my().length(10)), "data"),
                "CREATE INDEX test_idx1 ON testtbl (data(10))", dialect);
        assertIndex(on(index("test_idx2", "data").with(my().length(5)), "data"),
                "CREATE INDEX test_idx2 ON testtbl (data(5))", dialect);
    }

    /** CompileTest.test_create_index_with_length: mysql. */
    @Test
    void test_create_index_with_length() {
        withLength(TestDialects.MYSQL);
    }

    /** CompileTest.test_create_index_with_length: mariadb. */
    @Test
    void test_create_index_with_length_mariadb() {
        withLength(TestDialects.MARIADB);
    }

    /** CompileTest.test_create_index_with_length_quoted. */
    @Test
    void test_create_index_with_length_quoted() {
        assertIndex(on(index("test_idx1", "some quoted data").with(my().length(10)), "some quoted data"),
                "CREATE INDEX test_idx1 ON testtbl (`some quoted data`(10))", TestDialects.MYSQL);
    }

    /** CompileTest.test_create_composite_index_with_length_quoted. */
    @Test
    void test_create_composite_index_with_length_quoted() {
        assertIndex(on(index("test_idx1", "some Quoted a", "some Quoted b")
                        .with(my().length("some Quoted a", 10).length("some Quoted b", 20)), "some Quoted a",
                        "some Quoted b"),
                "CREATE INDEX test_idx1 ON testtbl (`some Quoted a`(10), `some Quoted b`(20))", TestDialects.MYSQL);
    }

    /** CompileTest.test_create_composite_index_with_length. */
    @Test
    void test_create_composite_index_with_length() {
        assertIndex(on(index("test_idx1", "a", "b").with(my().length("a", 10).length("b", 20)), "a", "b"),
                "CREATE INDEX test_idx1 ON testtbl (a(10), b(20))", TestDialects.MYSQL);
        assertIndex(on(index("test_idx2", "a", "b").with(my().length("a", 15)), "a", "b"),
                "CREATE INDEX test_idx2 ON testtbl (a(15), b)", TestDialects.MYSQL);
        assertIndex(on(index("test_idx3", "a", "b").with(my().length(30)), "a", "b"),
                "CREATE INDEX test_idx3 ON testtbl (a(30), b(30))", TestDialects.MYSQL);
    }

    private static void withUsing(Dialect dialect) {
        assertIndex(on(index("test_idx1", "data").with(my().using("btree")), "data"),
                "CREATE INDEX test_idx1 ON testtbl (data) USING btree", dialect);
        assertIndex(on(index("test_idx2", "data").with(my().using("hash")), "data"),
                "CREATE INDEX test_idx2 ON testtbl (data) USING hash", dialect);
    }

    /** CompileTest.test_create_index_with_using: mysql. */
    @Test
    void test_create_index_with_using() {
        withUsing(TestDialects.MYSQL);
    }

    /** CompileTest.test_create_index_with_using: mariadb. */
    @Test
    void test_create_index_with_using_mariadb() {
        withUsing(TestDialects.MARIADB);
    }
}
