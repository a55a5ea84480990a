package io.alchemy.sql;

import static io.alchemy.Alchemy.cast;
import static io.alchemy.Alchemy.literalColumn;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.testing.TestDialects.H2;
import static io.alchemy.testing.TestDialects.POSTGRESQL;
import static io.alchemy.testing.TestDialects.SQLITE;

import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@code ?} written in SQL text is never a parameter: in a {@code '?'} string on every database, and as
 * PostgreSQL's jsonb operators ({@code ?}, {@code ?|}, {@code ?&}), sent as the driver's {@code ??} escape.
 */
class QuestionMarkMatrixTest {

    @Test
    void literalQuestionMarksAreEscapedForPostgreSqlOnlyOutsideQuotesAndComments() {
        TextClause stmt = text("SELECT data ? :key, data ?| array['a?'], \"odd?\" /* ? */ FROM t -- ?\nWHERE $$?$$ = :v");
        assertCompile(stmt,
                "SELECT data ?? ?, data ??| array['a?'], \"odd?\" /* ? */ FROM t -- ?\nWHERE $$?$$ = ?", POSTGRESQL);
        assertCompile(stmt,
                "SELECT data ? ?, data ?| array['a?'], \"odd?\" /* ? */ FROM t -- ?\nWHERE $$?$$ = ?", SQLITE);
        Select fragment = select(text("'?' || :x"), literalColumn("'??'").label("two"));
        assertCompile(fragment, "SELECT '?' || ?, '??' AS two", POSTGRESQL);
        assertCompile(fragment, "SELECT '?' || ?, '??' AS two", H2);
        assertCompile(fragment, "SELECT '?' || :x, '??' AS two");
        ColumnElement<?> contains = cast(Map.of("a", 1), Types.JSON).op("?", "a");
        assertCompile(contains, "CAST(? AS JSON) ?? ?", POSTGRESQL);
        assertCompile(text("SELECT $1, $tag$ ? $tag$, ? FROM t"), "SELECT $1, $tag$ ? $tag$, ?? FROM t", POSTGRESQL);
    }

    @MatrixTest
    void questionMarksInStringsAreNotParameters(TestDatabase db) {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            Row row = conn.execute(text("SELECT '?' AS q, :x AS x, 'a''?b' AS r"), Map.of("x", 5)).one();
            assertThat(row.values()).containsExactly("?", 5, "a'?b");
            assertThat(conn.execute(select(text("'why?'"), literalColumn("'??'").label("two"))).one().values())
                    .containsExactly("why?", "??");
            assertThat(conn.execute(select(text("'?'"), text(":x")), Map.of("x", "!")).one().values())
                    .containsExactly("?", "!");
        }
    }

    @MatrixTest
    void postgresqlJsonbQuestionMarkOperators(TestDatabase db) {
        Engine engine = db.engine();
        ColumnElement<?> has = literalColumn("CAST('{\"a\": 1}' AS JSONB)").op("?", "a");
        if (!db.name().equals("postgresql")) {                // no ? operator there: the text is left as written
            assertCompile(has, "CAST('{\"a\": 1}' AS JSONB) ? ?", engine.dialect());
            return;
        }
        assertCompile(has, "CAST('{\"a\": 1}' AS JSONB) ?? ?", engine.dialect());
        try (Connection conn = engine.connect()) {
            Row row = conn.execute(text("SELECT CAST(:doc AS JSONB) ? :key AS has, CAST(:doc AS JSONB) ?| "
                    + "array['x', 'b'] AS any, CAST(:doc AS JSONB) ?& array['a', 'z'] AS all"),
                    Map.of("doc", "{\"a\": 1, \"b\": 2}", "key", "a")).one();
            assertThat(row.values()).containsExactly(true, true, false);
            assertThat(conn.execute(select(has.label("has"))).scalar()).isEqualTo(true);
            assertThat(conn.execute(select(has.label("has")).where(has)).all()).hasSize(1);
        }
    }
}
