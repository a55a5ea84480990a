package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;

import io.alchemy.schema.AddConstraint;
import io.alchemy.schema.CreateIndex;
import io.alchemy.schema.UniqueConstraint;
import io.alchemy.schema.CreateSequence;
import io.alchemy.schema.CreateTable;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.schema.Sequence;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.AssertCompile;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.Map;
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

    private final TableClause tableAlt = table("mytable", col("id", Types.INTEGER), col("title", Types.string(128)),
            col("body", Types.string(128)));

    /** FullTextSearchTest.test_match_custom. */
    @Test
    void test_match_custom() {
        PG.assertCompile(select(tableAlt.c("id")).where(
                        func.call("to_tsquery", "fat").op("<->", func.call("to_tsquery", "rat"))),
                "SELECT mytable.id FROM mytable WHERE "
                        + "to_tsquery(%(to_tsquery_1)s) <-> to_tsquery(%(to_tsquery_2)s)",
                Map.of("to_tsquery_1", "fat", "to_tsquery_2", "rat"), TestDialects.POSTGRESQL);
    }

    /** FullTextSearchTest.test_match_custom_regconfig. */
    @Test
    void test_match_custom_regconfig() {
        PG.assertCompile(select(tableAlt.c("id")).where(func.call("to_tsquery", "english", "fat")
                        .op("<->", func.call("to_tsquery", "english", "rat"))),
                "SELECT mytable.id FROM mytable WHERE "
                        + "to_tsquery(%(to_tsquery_1)s, %(to_tsquery_2)s) <-> "
                        + "to_tsquery(%(to_tsquery_3)s, %(to_tsquery_4)s)",
                Map.of("to_tsquery_1", "english", "to_tsquery_2", "fat", "to_tsquery_3", "english",
                        "to_tsquery_4", "rat"), TestDialects.POSTGRESQL);
    }

    /** The values of SQLAlchemy's {@code Enum("x", "y", "z")}. */
    enum Xyz { x, y, z }

    /** CompileTest.test_generic_enum: a non-native enum with its CHECK constraint. */
    @Test
    void test_generic_enum() {
        Table t1 = new MetaData().table("sometable", column("somecolumn", Types.enumType(Xyz.class)));
        AssertCompile.assertCompile(new CreateTable(t1),
                "CREATE TABLE sometable (somecolumn VARCHAR(1), CHECK (somecolumn IN ('x', 'y', 'z')))",
                TestDialects.POSTGRESQL);
    }

    /** CompileTest.test_nulls_not_distinct: a plain unique index. */
    @Test
    void test_nulls_not_distinct() {
        Table tbl = new MetaData().table("test_tbl", column("data", Types.STRING), column("data2", Types.INTEGER),
                column("data3", Types.INTEGER), index("test_idx3", "data3").unique());
        AssertCompile.assertCompile(new CreateIndex(tbl.indexes().get(0)),
                "CREATE UNIQUE INDEX test_idx3 ON test_tbl (data3)", TestDialects.POSTGRESQL);
    }

    /** CompileTest.test_nulls_not_distinct: a plain named unique constraint added with ALTER TABLE. */
    @Test
    void test_nulls_not_distinct_2() {
        UniqueConstraint uq = uniqueConstraint("data3").name("uq_data3");
        new MetaData().table("test_tbl", column("data", Types.STRING), column("data2", Types.INTEGER),
                column("data3", Types.INTEGER), uq);
        AssertCompile.assertCompile(new AddConstraint(uq),
                "ALTER TABLE test_tbl ADD CONSTRAINT uq_data3 UNIQUE (data3)", TestDialects.POSTGRESQL);
    }
}
