package io.alchemy.sql;

import static io.alchemy.Alchemy.cast;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.typeCoerce;
import static io.alchemy.testing.TestDialects.H2;
import static io.alchemy.testing.TestDialects.MARIADB;
import static io.alchemy.testing.TestDialects.MYSQL;
import static io.alchemy.testing.TestDialects.POSTGRESQL;
import static io.alchemy.testing.TestDialects.SQLITE;

import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.types.Types.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.CompileError;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON elements, SQLAlchemy's {@code expr["key"]} (E5.35, E5.43, E5.44), compiled for each dialect. */
class JsonElementTest {
    private final TableClause user = TestTables.userTable();

    @Test
    void e5_43_castToJsonThenIndexedPrintsAsSqlAlchemy() {
        ColumnElement<Object> element = cast("{'a': 'b'}", JSON).get("a");
        assertCompile(element, "CAST(:param_1 AS JSON)[:param_2]");
        assertCompile(element, "JSON_QUOTE(JSON_EXTRACT(?, ?))", SQLITE);     // no CAST: see SQLiteStatementCompiler
        assertCompile(element, "CAST(? AS JSON) -> ?", POSTGRESQL);
        assertCompile(element, "JSON_EXTRACT(CAST(? AS JSON), ?)", MYSQL);
        assertCompile(element, "JSON_EXTRACT(?, ?)", MARIADB);       // MariaDB cannot CAST to JSON
        assertThatThrownBy(() -> H2.statementCompiler(CompileOptions.DEFAULT).display(element))
                .isInstanceOf(CompileError.class)
                .hasMessage("JSON element access (expr.get(key)) is not supported by the h2 dialect");
    }

    @Test
    void e5_44_typeCoercedDocumentIndexedOnMySql() {
        Select stmt = select(typeCoerce(Map.of("some_key", Map.of("foo", "bar")), JSON).get("some_key"));
        Compiled compiled = assertCompile(stmt, "SELECT JSON_EXTRACT(?, ?) AS anon_1", MYSQL);
        assertThat(compiled.params()).containsExactly(Map.entry("param_1", Map.of("some_key", Map.of("foo", "bar"))),
                Map.entry("param_2", "some_key"));
        assertCompile(stmt, "SELECT :param_1[:param_2] AS anon_1");
        assertCompile(stmt, "SELECT JSON_QUOTE(JSON_EXTRACT(?, ?)) AS anon_1", SQLITE);
        assertCompile(stmt, "SELECT CAST(? AS JSON) -> ? AS anon_1", POSTGRESQL);
    }

    @Test
    void e5_35_typedFunctionIndexedIsNamedAfterTheFunction() {
        Select stmt = select(func.call("json_object", JSON, "{a, 1, b, \"def\", c, 3.5}").get("def"));
        assertCompile(stmt, "SELECT json_object(:json_object_1)[:json_object_2] AS anon_1");
    }

    @Test
    void elementsChainAndTakePositions() {
        ColumnElement<Object> doc = typeCoerce(literalJson(), JSON);
        assertCompile(doc.get("a").get(1), "(CAST(? AS JSON) -> ?) -> ?", POSTGRESQL);
        assertCompile(doc.get("a").get(1), "JSON_QUOTE(JSON_EXTRACT((JSON_QUOTE(JSON_EXTRACT(?, ?))), ?))", SQLITE);
    }

    @Test
    void theSameShapeWithOtherKeysSharesACacheKey() {
        assertThat(select(typeCoerce(literalJson(), JSON).get("a")).cacheKey())
                .isEqualTo(select(typeCoerce(literalJson(), JSON).get("b")).cacheKey());
    }

    @Test
    void onlyJsonExpressionsHaveElements() {
        assertThatThrownBy(() -> user.c("name").get("a")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Operator 'getitem' is not supported").hasMessageContaining("user_account.name");
        assertThatThrownBy(() -> cast("{}", JSON).get(1.5)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("String key or an Integer position").hasMessageContaining("1.5");
    }

    private static Object literalJson() {
        return Map.of("a", java.util.List.of(1, 2));
    }
}
