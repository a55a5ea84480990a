package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.row;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.testing.TestDialects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table-valued and column-valued functions (E5.40, E5.41). */
class FunctionValuedTest {

    @Test
    void e5_40_tableValuedFunctionOnSqlite() {
        TableValuedAlias onetwothree = func.call("json_each", "[\"one\", \"two\", \"three\"]").tableValued("value");
        Select<?> stmt = select(onetwothree).where(onetwothree.c("value").in("two", "three"));
        Compiled compiled = stmt.compile(TestDialects.SQLITE);
        assertThat(stmt.bind(compiled, java.util.Map.of()).sql())
                .isEqualTo("SELECT anon_1.value \nFROM json_each(?) AS anon_1 \nWHERE anon_1.value IN (?, ?)");
        assertCompile(stmt, "SELECT anon_1.value \nFROM json_each(:json_each_1) AS anon_1 \n"
                + "WHERE anon_1.value IN (__[POSTCOMPILE_value_1])");
        Engine engine = createEngine("jdbc:sqlite::memory:");
        try {
            assertThat(Tutorial.query(engine, stmt)).containsExactly(row("two"), row("three"));
        } finally {
            engine.dispose();
        }
    }

    @Test
    void e5_41_columnValuedFunction() {
        ColumnValued<Object> x = func.call("json_array_elements", "[\"one\", \"two\"]").columnValued("x");
        assertCompile(select(x), "SELECT x \nFROM json_array_elements(:json_array_elements_1) AS x");
        assertThat(select(x).where(x.ne("one")).cacheKey()).isEqualTo(select(x).where(x.ne("two")).cacheKey());
        assertThat(List.of(select(x).compile(TestDialects.POSTGRESQL).sql()))
                .containsExactly("SELECT x \nFROM json_array_elements(?) AS x");
    }
}
