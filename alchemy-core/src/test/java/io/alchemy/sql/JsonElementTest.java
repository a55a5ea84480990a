package io.alchemy.sql;

import static io.alchemy.Alchemy.cast;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.typeCoerce;
import static io.alchemy.sql.Dialects4.H2;
import static io.alchemy.sql.Dialects4.MARIADB;
import static io.alchemy.sql.Dialects4.MYSQL;
import static io.alchemy.sql.Dialects4.POSTGRESQL;
import static io.alchemy.sql.Dialects4.SQLITE;
import static io.alchemy.sql.Dialects4.sql;
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
        assertThat(element.toString()).isEqualTo("CAST(:param_1 AS JSON)[:param_2]");
        assertThat(sql(element, SQLITE)).isEqualTo("JSON_QUOTE(JSON_EXTRACT(?, ?))");     // no CAST: see SQLiteStatementCompiler
        assertThat(sql(element, POSTGRESQL)).isEqualTo("CAST(? AS JSON) -> ?");
        assertThat(sql(element, MYSQL)).isEqualTo("JSON_EXTRACT(CAST(? AS JSON), ?)");
        assertThat(sql(element, MARIADB)).isEqualTo("JSON_EXTRACT(?, ?)");       // MariaDB cannot CAST to JSON
        assertThatThrownBy(() -> sql(element, H2)).isInstanceOf(CompileError.class)
                .hasMessage("JSON element access (expr.get(key)) is not supported by the h2 dialect");
    }

    @Test
    void e5_44_typeCoercedDocumentIndexedOnMySql() {
        Select stmt = select(typeCoerce(Map.of("some_key", Map.of("foo", "bar")), JSON).get("some_key"));
        Compiled compiled = stmt.compile(MYSQL);
        assertThat(compiled.sql()).isEqualTo("SELECT JSON_EXTRACT(?, ?) AS anon_1");
        assertThat(compiled.params()).containsExactly(Map.entry("param_1", Map.of("some_key", Map.of("foo", "bar"))),
                Map.entry("param_2", "some_key"));
        assertThat(stmt.toString()).isEqualTo("SELECT :param_1[:param_2] AS anon_1");
        assertThat(sql(stmt, SQLITE)).isEqualTo("SELECT JSON_QUOTE(JSON_EXTRACT(?, ?)) AS anon_1");
        assertThat(sql(stmt, POSTGRESQL)).isEqualTo("SELECT CAST(? AS JSON) -> ? AS anon_1");
    }

    @Test
    void e5_35_typedFunctionIndexedIsNamedAfterTheFunction() {
        Select stmt = select(func.call("json_object", JSON, "{a, 1, b, \"def\", c, 3.5}").get("def"));
        assertThat(stmt.toString()).isEqualTo("SELECT json_object(:json_object_1)[:json_object_2] AS anon_1");
    }

    @Test
    void elementsChainAndTakePositions() {
        ColumnElement<Object> doc = typeCoerce(literalJson(), JSON);
        assertThat(sql(doc.get("a").get(1), POSTGRESQL)).isEqualTo("(CAST(? AS JSON) -> ?) -> ?");
        assertThat(sql(doc.get("a").get(1), SQLITE)).isEqualTo("JSON_QUOTE(JSON_EXTRACT((JSON_QUOTE(JSON_EXTRACT(?, ?))), ?))");
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
