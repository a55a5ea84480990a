package io.alchemy.sql;

import static io.alchemy.Alchemy.cast;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.select;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.List;

/**
 * Table-valued and column-valued functions executed with each database's own set-returning function: SQLite's
 * {@code json_each} (E5.40), PostgreSQL's {@code json_array_elements_text}, H2's {@code system_range}. MariaDB has
 * none that fits the construct (its {@code JSON_TABLE} takes a COLUMNS clause), so there it is compiled only.
 */
class FunctionValuedMatrixTest {

    private static SqlFunction<Object> elements(String database) {
        return switch (database) {
            case "sqlite" -> func.call("json_each", "[\"one\", \"two\", \"three\"]");
            case "postgresql" -> func.call("json_array_elements_text", cast(List.of("one", "two", "three"), Types.JSON));
            default -> func.call("system_range", 1, 3);
        };
    }

    @MatrixTest
    void rowsOfATableValuedFunctionFilteredByAnExpandingIn(TestDatabase db) {
        Engine engine = db.engine();
        String column = db.name().equals("h2") ? "x" : "value";
        TableValuedAlias rows = elements(db.name()).tableValued(column);
        Select<?> stmt = select(rows.c(column)).where(rows.c(column).in(db.name().equals("h2") ? List.of(2, 3)
                : List.of("two", "three"))).orderBy(rows.c(column));
        if (db.name().equals("mariadb")) {
            assertCompile(stmt, "SELECT anon_1.value \nFROM "
                    + "system_range(?, ?) AS anon_1 \nWHERE anon_1.value IN (__[POSTCOMPILE_value_1]) ORDER BY anon_1.value", engine.dialect());
            return;
        }
        List<List<Object>> expected = db.name().equals("h2") ? List.of(row(2), row(3))
                : List.of(row("three"), row("two"));
        assertThat(query(engine, stmt)).isEqualTo(expected);
    }

    @MatrixTest
    void aColumnValuedFunctionIsItsOwnFromElement(TestDatabase db) {
        Engine engine = db.engine();
        if (!db.name().equals("postgresql")) {
            ColumnValued<Object> x = func.call("f", 1).columnValued("x");
            assertCompile(select(x), "SELECT x \nFROM f(?) AS x", engine.dialect());
            return;
        }
        ColumnValued<Object> x = elements(db.name()).columnValued("x");
        assertThat(query(engine, select(x).where(x.ne("two")))).containsExactly(row("one"), row("three"));
    }
}
