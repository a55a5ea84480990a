package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.select;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;

import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/postgresql/test_compiler.py} ({@code FullTextSearchTest}): the
 * {@code match} operator as {@code @@ plainto_tsquery(…)}, with a text search configuration, in psycopg2's
 * {@code pyformat} paramstyle. Expected strings verbatim.
 */
@PortedFrom("test/dialect/postgresql/test_compiler.py")
class TestPgCompilerFullTextConformanceTest {
    private static final SqlAlchemyParamstyle PG = SqlAlchemyParamstyle.PYFORMAT;
    private final TableClause tableAlt = table("mytable", col("id", Types.INTEGER), col("title", Types.string(128)),
            col("body", Types.string(128)));

    private static void pg(io.alchemy.sql.Executable stmt, String expected, Map<String, ?> checkparams) {
        PG.assertCompile(stmt, expected, checkparams, TestDialects.POSTGRESQL);
    }

    /** FullTextSearchTest.test_match_basic. */
    @Test
    void test_match_basic() {
        pg(select(tableAlt.c("id")).where(tableAlt.c("title").match("somestring")),
                "SELECT mytable.id FROM mytable WHERE mytable.title @@ plainto_tsquery(%(title_1)s)",
                Map.of("title_1", "somestring"));
    }

    /** FullTextSearchTest.test_match_regconfig. */
    @Test
    void test_match_regconfig() {
        pg(select(tableAlt.c("id")).where(tableAlt.c("title").match("somestring").regconfig("english")),
                "SELECT mytable.id FROM mytable WHERE mytable.title @@ plainto_tsquery('english', %(title_1)s)",
                Map.of("title_1", "somestring"));
    }

    /** FullTextSearchTest.test_match_tsvector. */
    @Test
    void test_match_tsvector() {
        pg(select(tableAlt.c("id")).where(func.call("to_tsvector", tableAlt.c("title")).match("somestring")),
                "SELECT mytable.id FROM mytable WHERE to_tsvector(mytable.title) @@ "
                        + "plainto_tsquery(%(to_tsvector_1)s)", Map.of("to_tsvector_1", "somestring"));
    }

    /** FullTextSearchTest.test_match_tsvectorconfig. */
    @Test
    void test_match_tsvectorconfig() {
        pg(select(tableAlt.c("id")).where(func.call("to_tsvector", "english", tableAlt.c("title"))
                        .match("somestring")),
                "SELECT mytable.id FROM mytable WHERE to_tsvector(%(to_tsvector_1)s, mytable.title) @@ "
                        + "plainto_tsquery(%(to_tsvector_2)s)",
                Map.of("to_tsvector_1", "english", "to_tsvector_2", "somestring"));
    }

    /** FullTextSearchTest.test_match_tsvectorconfig_regconfig. */
    @Test
    void test_match_tsvectorconfig_regconfig() {
        pg(select(tableAlt.c("id")).where(func.call("to_tsvector", "english", tableAlt.c("title"))
                        .match("somestring").regconfig("english")),
                "SELECT mytable.id FROM mytable WHERE to_tsvector(%(to_tsvector_1)s, mytable.title) @@ "
                        + "plainto_tsquery('english', %(to_tsvector_2)s)",
                Map.of("to_tsvector_1", "english", "to_tsvector_2", "somestring"));
    }
}
