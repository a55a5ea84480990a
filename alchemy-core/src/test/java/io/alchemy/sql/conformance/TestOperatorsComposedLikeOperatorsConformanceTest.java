package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Ported.*;
import static io.alchemy.testing.TestDialects.MYSQL;
import static io.alchemy.testing.TestDialects.POSTGRESQL;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code ComposedLikeOperatorsTest}: LIKE, ILIKE and the startswith / endswith / contains families with ESCAPE and autoescape. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_operators.py")
@SuppressWarnings({"unused", "unchecked"})
class TestOperatorsComposedLikeOperatorsConformanceTest {
    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_contains. */
    @Test
    void test_contains() {
        assertCompileParams(col("x").contains("y"), "x LIKE '%' || :x_1 || '%'", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_contains_pg. */
    @Test
    void test_contains_pg() {
        assertCompileOn(col("x").contains("y"), "x LIKE '%' || ? || '%'", POSTGRESQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_contains_encoded. */
    @Test
    void test_contains_encoded() {
        assertCompileParams(col("x").contains(bytes("y")), "x LIKE '%' || :x_1 || '%'", params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_contains_encoded. */
    @Test
    void test_not_contains_encoded() {
        assertCompileParams(not(col("x").contains(bytes("y"))), "x NOT LIKE '%' || :x_1 || '%'", params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_contains_encoded_mysql. */
    @Test
    void test_contains_encoded_mysql() {
        assertCompileOn(col("x").contains(bytes("y")), "x LIKE concat('%', ?, '%')", MYSQL, params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_contains_encoded_mysql. */
    @Test
    void test_not_contains_encoded_mysql() {
        assertCompileOn(not(col("x").contains(bytes("y"))), "x NOT LIKE concat('%', ?, '%')", MYSQL, params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_contains_pg. */
    @Test
    void test_not_contains_pg() {
        assertCompileOn(not(col("x").contains(bytes("y"))), "x NOT LIKE '%' || ? || '%'", POSTGRESQL, params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_contains_escape. */
    @Test
    void test_contains_escape() {
        assertCompileParams(col("x").contains("a%b_c", "\\", false), "x LIKE '%' || :x_1 || '%' ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_contains_autoescape. */
    @Test
    void test_contains_autoescape() {
        assertCompileParams(col("x").contains("a%b_c/d", null, true), "x LIKE '%' || :x_1 || '%' ESCAPE '/'", params("x_1", "a/%b/_c//d"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_contains. */
    @Test
    void test_not_contains() {
        assertCompileParams(not(col("x").contains("y")), "x NOT LIKE '%' || :x_1 || '%'", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_contains_escape. */
    @Test
    void test_not_contains_escape() {
        assertCompileParams(not(col("x").contains("a%b_c", "\\", false)), "x NOT LIKE '%' || :x_1 || '%' ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_contains_autoescape. */
    @Test
    void test_not_contains_autoescape() {
        assertCompileParams(not(col("x").contains("a%b_c/d", null, true)), "x NOT LIKE '%' || :x_1 || '%' ESCAPE '/'", params("x_1", "a/%b/_c//d"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_contains_concat. */
    @Test
    void test_contains_concat() {
        assertCompileOn(col("x").contains("y"), "x LIKE concat('%', ?, '%')", MYSQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_contains_concat. */
    @Test
    void test_not_contains_concat() {
        assertCompileOn(not(col("x").contains("y")), "x NOT LIKE concat('%', ?, '%')", MYSQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_contains_literal_concat. */
    @Test
    void test_contains_literal_concat() {
        assertCompileOn(col("x").contains(literalColumn("y")), "x LIKE concat('%', y, '%')", MYSQL);
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_contains_text_concat. */
    @Test
    void test_contains_text_concat() {
        assertCompileOn(col("x").contains(text("y")), "x LIKE concat('%', y, '%')", MYSQL);
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_icontains. */
    @Test
    void test_icontains() {
        assertCompileParams(col("x").icontains("y"), "lower(x) LIKE '%' || lower(:x_1) || '%'", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_icontains_pg. */
    @Test
    void test_icontains_pg() {
        assertCompileOn(col("x").icontains("y"), "x ILIKE '%' || ? || '%'", POSTGRESQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_icontains_encoded. */
    @Test
    void test_icontains_encoded() {
        assertCompileParams(col("x").icontains(bytes("y")), "lower(x) LIKE '%' || lower(:x_1) || '%'", params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_icontains_encoded. */
    @Test
    void test_not_icontains_encoded() {
        assertCompileParams(not(col("x").icontains(bytes("y"))), "lower(x) NOT LIKE '%' || lower(:x_1) || '%'", params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_icontains_encoded_mysql. */
    @Test
    void test_icontains_encoded_mysql() {
        assertCompileOn(col("x").icontains(bytes("y")), "lower(x) LIKE concat('%', lower(?), '%')", MYSQL, params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_icontains_encoded_mysql. */
    @Test
    void test_not_icontains_encoded_mysql() {
        assertCompileOn(not(col("x").icontains(bytes("y"))), "lower(x) NOT LIKE concat('%', lower(?), '%')", MYSQL, params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_icontains. */
    @Test
    void test_not_icontains() {
        assertCompileParams(not(col("x").icontains("y")), "lower(x) NOT LIKE '%' || lower(:x_1) || '%'", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_icontains_pg. */
    @Test
    void test_not_icontains_pg() {
        assertCompileOn(not(col("x").icontains("y")), "x NOT ILIKE '%' || ? || '%'", POSTGRESQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_icontains_escape. */
    @Test
    void test_icontains_escape() {
        assertCompileParams(col("x").icontains("a%b_c", "\\", false), "lower(x) LIKE '%' || lower(:x_1) || '%' ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_icontains_escape. */
    @Test
    void test_not_icontains_escape() {
        assertCompileParams(not(col("x").icontains("a%b_c", "\\", false)), "lower(x) NOT LIKE '%' || lower(:x_1) || '%' ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_icontains_autoescape. */
    @Test
    void test_icontains_autoescape() {
        assertCompileParams(col("x").icontains("a%b_c/d", null, true), "lower(x) LIKE '%' || lower(:x_1) || '%' ESCAPE '/'", params("x_1", "a/%b/_c//d"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_icontains_autoescape_custom_escape. */
    @Test
    void test_icontains_autoescape_custom_escape() {
        assertCompileParams(col("x").icontains("foo%bar^bat", "^", true), "lower(x) LIKE '%' || lower(:x_1) || '%' ESCAPE '^'", params("x_1", "foo^%bar^^bat"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_icontains_autoescape. */
    @Test
    void test_not_icontains_autoescape() {
        assertCompileParams(not(col("x").icontains("a%b_c/d", null, true)), "lower(x) NOT LIKE '%' || lower(:x_1) || '%' ESCAPE '/'", params("x_1", "a/%b/_c//d"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_icontains_literal. */
    @Test
    void test_icontains_literal() {
        assertCompileParams(col("x").icontains(literalColumn("y")), "lower(x) LIKE '%' || lower(y) || '%'", params());
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_icontains_text. */
    @Test
    void test_icontains_text() {
        assertCompileParams(col("x").icontains(text("y")), "lower(x) LIKE '%' || lower(y) || '%'", params());
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_icontains_concat. */
    @Test
    void test_icontains_concat() {
        assertCompileOn(col("x").icontains("y"), "lower(x) LIKE concat('%', lower(?), '%')", MYSQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_icontains_concat. */
    @Test
    void test_not_icontains_concat() {
        assertCompileOn(not(col("x").icontains("y")), "lower(x) NOT LIKE concat('%', lower(?), '%')", MYSQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_icontains_literal_concat. */
    @Test
    void test_icontains_literal_concat() {
        assertCompileOn(col("x").icontains(literalColumn("y")), "lower(x) LIKE concat('%', lower(y), '%')", MYSQL);
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_icontains_text_concat. */
    @Test
    void test_icontains_text_concat() {
        assertCompileOn(col("x").icontains(text("y")), "lower(x) LIKE concat('%', lower(y), '%')", MYSQL);
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_like. */
    @Test
    void test_like() {
        assertCompileParams(col("x").like("y"), "x LIKE :x_1", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_like_escape. */
    @Test
    void test_like_escape() {
        assertCompileParams(col("x").like("a%b_c", "\\"), "x LIKE :x_1 ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_like_escape_empty. */
    @Test
    void test_like_escape_empty() {
        assertCompileParams(col("x").like("y", ""), "x LIKE :x_1 ESCAPE ''", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_ilike. */
    @Test
    void test_ilike() {
        assertCompileParams(col("x").ilike("y"), "lower(x) LIKE lower(:x_1)", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_ilike_escape. */
    @Test
    void test_ilike_escape() {
        assertCompileParams(col("x").ilike("a%b_c", "\\"), "lower(x) LIKE lower(:x_1) ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_ilike_escape_empty. */
    @Test
    void test_ilike_escape_empty() {
        assertCompileParams(col("x").ilike("y", ""), "lower(x) LIKE lower(:x_1) ESCAPE ''", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_like. */
    @Test
    void test_not_like() {
        assertCompileParams(col("x").notLike("y"), "x NOT LIKE :x_1", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_like_escape. */
    @Test
    void test_not_like_escape() {
        assertCompileParams(col("x").notLike("a%b_c", "\\"), "x NOT LIKE :x_1 ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_like_escape_empty. */
    @Test
    void test_not_like_escape_empty() {
        assertCompileParams(col("x").notLike("y", ""), "x NOT LIKE :x_1 ESCAPE ''", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_ilike. */
    @Test
    void test_not_ilike() {
        assertCompileParams(col("x").notIlike("y"), "lower(x) NOT LIKE lower(:x_1)", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_ilike_escape. */
    @Test
    void test_not_ilike_escape() {
        assertCompileParams(col("x").notIlike("a%b_c", "\\"), "lower(x) NOT LIKE lower(:x_1) ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_ilike_escape_empty. */
    @Test
    void test_not_ilike_escape_empty() {
        assertCompileParams(col("x").notIlike("y", ""), "lower(x) NOT LIKE lower(:x_1) ESCAPE ''", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_startswith. */
    @Test
    void test_startswith() {
        assertCompileParams(col("x").startswith("y"), "x LIKE :x_1 || '%'", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_startswith_escape. */
    @Test
    void test_startswith_escape() {
        assertCompileParams(col("x").startswith("a%b_c", "\\", false), "x LIKE :x_1 || '%' ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_startswith_autoescape. */
    @Test
    void test_startswith_autoescape() {
        assertCompileParams(col("x").startswith("a%b_c/d", null, true), "x LIKE :x_1 || '%' ESCAPE '/'", params("x_1", "a/%b/_c//d"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_startswith_autoescape_custom_escape. */
    @Test
    void test_startswith_autoescape_custom_escape() {
        assertCompileParams(col("x").startswith("a%b_c/d^e", "^", true), "x LIKE :x_1 || '%' ESCAPE '^'", params("x_1", "a^%b^_c/d^^e"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_startswith_encoded. */
    @Test
    void test_startswith_encoded() {
        assertCompileParams(col("x").startswith(bytes("y")), "x LIKE :x_1 || '%'", params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_startswith_encoded_mysql. */
    @Test
    void test_startswith_encoded_mysql() {
        assertCompileOn(col("x").startswith(bytes("y")), "x LIKE concat(?, '%')", MYSQL, params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_startswith_encoded. */
    @Test
    void test_not_startswith_encoded() {
        assertCompileParams(not(col("x").startswith(bytes("y"))), "x NOT LIKE :x_1 || '%'", params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_startswith_encoded_mysql. */
    @Test
    void test_not_startswith_encoded_mysql() {
        assertCompileOn(not(col("x").startswith(bytes("y"))), "x NOT LIKE concat(?, '%')", MYSQL, params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_startswith. */
    @Test
    void test_not_startswith() {
        assertCompileParams(not(col("x").startswith("y")), "x NOT LIKE :x_1 || '%'", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_startswith_escape. */
    @Test
    void test_not_startswith_escape() {
        assertCompileParams(not(col("x").startswith("a%b_c", "\\", false)), "x NOT LIKE :x_1 || '%' ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_startswith_autoescape. */
    @Test
    void test_not_startswith_autoescape() {
        assertCompileParams(not(col("x").startswith("a%b_c/d", null, true)), "x NOT LIKE :x_1 || '%' ESCAPE '/'", params("x_1", "a/%b/_c//d"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_startswith_literal. */
    @Test
    void test_startswith_literal() {
        assertCompileParams(col("x").startswith(literalColumn("y")), "x LIKE y || '%'", params());
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_startswith_text. */
    @Test
    void test_startswith_text() {
        assertCompileParams(col("x").startswith(text("y")), "x LIKE y || '%'", params());
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_startswith_concat. */
    @Test
    void test_startswith_concat() {
        assertCompileOn(col("x").startswith("y"), "x LIKE concat(?, '%')", MYSQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_startswith_concat. */
    @Test
    void test_not_startswith_concat() {
        assertCompileOn(not(col("x").startswith("y")), "x NOT LIKE concat(?, '%')", MYSQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_startswith_literal_mysql. */
    @Test
    void test_startswith_literal_mysql() {
        assertCompileOn(col("x").startswith(literalColumn("y")), "x LIKE concat(y, '%')", MYSQL);
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_startswith_text_mysql. */
    @Test
    void test_startswith_text_mysql() {
        assertCompileOn(col("x").startswith(text("y")), "x LIKE concat(y, '%')", MYSQL);
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_istartswith. */
    @Test
    void test_istartswith() {
        assertCompileParams(col("x").istartswith("y"), "lower(x) LIKE lower(:x_1) || '%'", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_istartswith_pg. */
    @Test
    void test_istartswith_pg() {
        assertCompileOn(col("x").istartswith("y"), "x ILIKE ? || '%'", POSTGRESQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_istartswith. */
    @Test
    void test_not_istartswith() {
        assertCompileParams(not(col("x").istartswith("y")), "lower(x) NOT LIKE lower(:x_1) || '%'", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_istartswith_pg. */
    @Test
    void test_not_istartswith_pg() {
        assertCompileOn(not(col("x").istartswith("y")), "x NOT ILIKE ? || '%'", POSTGRESQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_istartswith_escape. */
    @Test
    void test_istartswith_escape() {
        assertCompileParams(col("x").istartswith("a%b_c", "\\", false), "lower(x) LIKE lower(:x_1) || '%' ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_istartswith_escape. */
    @Test
    void test_not_istartswith_escape() {
        assertCompileParams(not(col("x").istartswith("a%b_c", "\\", false)), "lower(x) NOT LIKE lower(:x_1) || '%' ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_istartswith_autoescape. */
    @Test
    void test_istartswith_autoescape() {
        assertCompileParams(col("x").istartswith("a%b_c/d", null, true), "lower(x) LIKE lower(:x_1) || '%' ESCAPE '/'", params("x_1", "a/%b/_c//d"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_istartswith_autoescape. */
    @Test
    void test_not_istartswith_autoescape() {
        assertCompileParams(not(col("x").istartswith("a%b_c/d", null, true)), "lower(x) NOT LIKE lower(:x_1) || '%' ESCAPE '/'", params("x_1", "a/%b/_c//d"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_istartswith_autoescape_custom_escape. */
    @Test
    void test_istartswith_autoescape_custom_escape() {
        assertCompileParams(col("x").istartswith("a%b_c/d^e", "^", true), "lower(x) LIKE lower(:x_1) || '%' ESCAPE '^'", params("x_1", "a^%b^_c/d^^e"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_istartswith_encoded. */
    @Test
    void test_istartswith_encoded() {
        assertCompileParams(col("x").istartswith(bytes("y")), "lower(x) LIKE lower(:x_1) || '%'", params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_istartswith_encoded. */
    @Test
    void test_not_istartswith_encoded() {
        assertCompileParams(not(col("x").istartswith(bytes("y"))), "lower(x) NOT LIKE lower(:x_1) || '%'", params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_istartswith_encoded_mysql. */
    @Test
    void test_istartswith_encoded_mysql() {
        assertCompileOn(col("x").istartswith(bytes("y")), "lower(x) LIKE concat(lower(?), '%')", MYSQL, params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_istartswith_encoded_mysql. */
    @Test
    void test_not_istartswith_encoded_mysql() {
        assertCompileOn(not(col("x").istartswith(bytes("y"))), "lower(x) NOT LIKE concat(lower(?), '%')", MYSQL, params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_istartswith_literal. */
    @Test
    void test_istartswith_literal() {
        assertCompileParams(col("x").istartswith(literalColumn("y")), "lower(x) LIKE lower(y) || '%'", params());
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_istartswith_text. */
    @Test
    void test_istartswith_text() {
        assertCompileParams(col("x").istartswith(text("y")), "lower(x) LIKE lower(y) || '%'", params());
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_istartswith_concat. */
    @Test
    void test_istartswith_concat() {
        assertCompileOn(col("x").istartswith("y"), "lower(x) LIKE concat(lower(?), '%')", MYSQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_istartswith_concat. */
    @Test
    void test_not_istartswith_concat() {
        assertCompileOn(not(col("x").istartswith("y")), "lower(x) NOT LIKE concat(lower(?), '%')", MYSQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_istartswith_literal_mysql. */
    @Test
    void test_istartswith_literal_mysql() {
        assertCompileOn(col("x").istartswith(literalColumn("y")), "lower(x) LIKE concat(lower(y), '%')", MYSQL);
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_istartswith_text_mysql. */
    @Test
    void test_istartswith_text_mysql() {
        assertCompileOn(col("x").istartswith(text("y")), "lower(x) LIKE concat(lower(y), '%')", MYSQL);
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_endswith. */
    @Test
    void test_endswith() {
        assertCompileParams(col("x").endswith("y"), "x LIKE '%' || :x_1", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_endswith_encoded. */
    @Test
    void test_endswith_encoded() {
        assertCompileParams(col("x").endswith(bytes("y")), "x LIKE '%' || :x_1", params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_endswith_encoded_mysql. */
    @Test
    void test_endswith_encoded_mysql() {
        assertCompileOn(col("x").endswith(bytes("y")), "x LIKE concat('%', ?)", MYSQL, params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_endswith_encoded. */
    @Test
    void test_not_endswith_encoded() {
        assertCompileParams(not(col("x").endswith(bytes("y"))), "x NOT LIKE '%' || :x_1", params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_endswith_escape. */
    @Test
    void test_endswith_escape() {
        assertCompileParams(col("x").endswith("a%b_c", "\\", false), "x LIKE '%' || :x_1 ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_endswith_autoescape. */
    @Test
    void test_endswith_autoescape() {
        assertCompileParams(col("x").endswith("a%b_c/d", null, true), "x LIKE '%' || :x_1 ESCAPE '/'", params("x_1", "a/%b/_c//d"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_endswith_autoescape_custom_escape. */
    @Test
    void test_endswith_autoescape_custom_escape() {
        assertCompileParams(col("x").endswith("a%b_c/d^e", "^", true), "x LIKE '%' || :x_1 ESCAPE '^'", params("x_1", "a^%b^_c/d^^e"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_endswith. */
    @Test
    void test_not_endswith() {
        assertCompileParams(not(col("x").endswith("y")), "x NOT LIKE '%' || :x_1", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_endswith_pg. */
    @Test
    void test_not_endswith_pg() {
        assertCompileOn(not(col("x").endswith("y")), "x NOT LIKE '%' || ?", POSTGRESQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_endswith_escape. */
    @Test
    void test_not_endswith_escape() {
        assertCompileParams(not(col("x").endswith("a%b_c", "\\", false)), "x NOT LIKE '%' || :x_1 ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_endswith_autoescape. */
    @Test
    void test_not_endswith_autoescape() {
        assertCompileParams(not(col("x").endswith("a%b_c/d", null, true)), "x NOT LIKE '%' || :x_1 ESCAPE '/'", params("x_1", "a/%b/_c//d"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_endswith_literal. */
    @Test
    void test_endswith_literal() {
        assertCompileParams(col("x").endswith(literalColumn("y")), "x LIKE '%' || y", params());
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_endswith_text. */
    @Test
    void test_endswith_text() {
        assertCompileParams(col("x").endswith(text("y")), "x LIKE '%' || y", params());
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_endswith_mysql. */
    @Test
    void test_endswith_mysql() {
        assertCompileOn(col("x").endswith("y"), "x LIKE concat('%', ?)", MYSQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_endswith_mysql. */
    @Test
    void test_not_endswith_mysql() {
        assertCompileOn(not(col("x").endswith("y")), "x NOT LIKE concat('%', ?)", MYSQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_endswith_literal_mysql. */
    @Test
    void test_endswith_literal_mysql() {
        assertCompileOn(col("x").endswith(literalColumn("y")), "x LIKE concat('%', y)", MYSQL);
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_endswith_text_mysql. */
    @Test
    void test_endswith_text_mysql() {
        assertCompileOn(col("x").endswith(text("y")), "x LIKE concat('%', y)", MYSQL);
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith. */
    @Test
    void test_iendswith() {
        assertCompileParams(col("x").iendswith("y"), "lower(x) LIKE '%' || lower(:x_1)", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith_pg. */
    @Test
    void test_iendswith_pg() {
        assertCompileOn(col("x").iendswith("y"), "x ILIKE '%' || ?", POSTGRESQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_iendswith. */
    @Test
    void test_not_iendswith() {
        assertCompileParams(not(col("x").iendswith("y")), "lower(x) NOT LIKE '%' || lower(:x_1)", params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_iendswith_pg. */
    @Test
    void test_not_iendswith_pg() {
        assertCompileOn(not(col("x").iendswith("y")), "x NOT ILIKE '%' || ?", POSTGRESQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith_encoded. */
    @Test
    void test_iendswith_encoded() {
        assertCompileParams(col("x").iendswith(bytes("y")), "lower(x) LIKE '%' || lower(:x_1)", params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_iendswith_encoded. */
    @Test
    void test_not_iendswith_encoded() {
        assertCompileParams(not(col("x").iendswith(bytes("y"))), "lower(x) NOT LIKE '%' || lower(:x_1)", params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith_encoded_mysql. */
    @Test
    void test_iendswith_encoded_mysql() {
        assertCompileOn(col("x").iendswith(bytes("y")), "lower(x) LIKE concat('%', lower(?))", MYSQL, params("x_1", bytes("y")));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith_escape. */
    @Test
    void test_iendswith_escape() {
        assertCompileParams(col("x").iendswith("a%b_c", "\\", false), "lower(x) LIKE '%' || lower(:x_1) ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_iendswith_escape. */
    @Test
    void test_not_iendswith_escape() {
        assertCompileParams(not(col("x").iendswith("a%b_c", "\\", false)), "lower(x) NOT LIKE '%' || lower(:x_1) ESCAPE '\\'", params("x_1", "a%b_c"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith_autoescape. */
    @Test
    void test_iendswith_autoescape() {
        assertCompileParams(col("x").iendswith("a%b_c/d", null, true), "lower(x) LIKE '%' || lower(:x_1) ESCAPE '/'", params("x_1", "a/%b/_c//d"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_iendswith_autoescape. */
    @Test
    void test_not_iendswith_autoescape() {
        assertCompileParams(not(col("x").iendswith("a%b_c/d", null, true)), "lower(x) NOT LIKE '%' || lower(:x_1) ESCAPE '/'", params("x_1", "a/%b/_c//d"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith_autoescape_custom_escape. */
    @Test
    void test_iendswith_autoescape_custom_escape() {
        assertCompileParams(col("x").iendswith("a%b_c/d^e", "^", true), "lower(x) LIKE '%' || lower(:x_1) ESCAPE '^'", params("x_1", "a^%b^_c/d^^e"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith_literal. */
    @Test
    void test_iendswith_literal() {
        assertCompileParams(col("x").iendswith(literalColumn("y")), "lower(x) LIKE '%' || lower(y)", params());
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith_text. */
    @Test
    void test_iendswith_text() {
        assertCompileParams(col("x").iendswith(text("y")), "lower(x) LIKE '%' || lower(y)", params());
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith_mysql. */
    @Test
    void test_iendswith_mysql() {
        assertCompileOn(col("x").iendswith("y"), "lower(x) LIKE concat('%', lower(?))", MYSQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_not_iendswith_mysql. */
    @Test
    void test_not_iendswith_mysql() {
        assertCompileOn(not(col("x").iendswith("y")), "lower(x) NOT LIKE concat('%', lower(?))", MYSQL, params("x_1", "y"));
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith_literal_mysql. */
    @Test
    void test_iendswith_literal_mysql() {
        assertCompileOn(col("x").iendswith(literalColumn("y")), "lower(x) LIKE concat('%', lower(y))", MYSQL);
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith_text_mysql. */
    @Test
    void test_iendswith_text_mysql() {
        assertCompileOn(col("x").iendswith(text("y")), "lower(x) LIKE concat('%', lower(y))", MYSQL);
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_endswith_autoescape_nosqlexpr. */
    @Test
    void test_endswith_autoescape_nosqlexpr() {
        assertThatThrownBy(() -> col("x").endswith(literalColumn("'a%b_c/d'"), null, true))
                .isInstanceOf(io.alchemy.exc.ArgumentError.class)
                .hasMessageContaining("String value expected when autoescape=True");
    }

    /** test/sql/test_operators.py ComposedLikeOperatorsTest.test_iendswith_autoescape_nosqlexpr. */
    @Test
    void test_iendswith_autoescape_nosqlexpr() {
        assertThatThrownBy(() -> col("x").iendswith(literalColumn("'a%b_c/d'"), null, true))
                .isInstanceOf(io.alchemy.exc.ArgumentError.class)
                .hasMessageContaining("String value expected when autoescape=True");
    }

    // Not ported: test_endswith_autoescape_warning / test_iendswith_autoescape_warning pass a string as Python's
    // autoescape flag (a deprecation warning); Java's autoescape parameter is a boolean, so the call cannot be written.

    // test_contains_literal and test_contains_text are in TestOperatorsConformanceTest.
}
