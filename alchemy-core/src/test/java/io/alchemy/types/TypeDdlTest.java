package io.alchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.dialect.Dialects;
import io.alchemy.dialect.TypeCompiler;
import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.CompileError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each type's DDL spelling per dialect. */
class TypeDdlTest {
    enum Color { RED, GREEN }

    private static final List<SqlType<?>> TYPES = List.of(Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.STRING,
            Types.string(30), Types.character(2), Types.TEXT, Types.BOOLEAN, Types.numeric(10, 2), Types.NUMERIC, Types.FLOAT,
            Types.DOUBLE, Types.DATE, Types.TIME, Types.DATETIME, Types.datetime(true), Types.UUID, Types.JSON,
            Types.LARGE_BINARY, Types.enumType(Color.class), Types.raw("INTERVAL"));

    private static List<String> render(String dialect) {
        TypeCompiler compiler = Dialects.byName(dialect).typeCompiler();
        return TYPES.stream().map(compiler::process).toList();
    }

    @Test
    void sqliteSpellsTypesAsSqlalchemyDoes() {
        assertThat(render("sqlite")).containsExactly("INTEGER", "BIGINT", "SMALLINT", "VARCHAR", "VARCHAR(30)", "CHAR(2)", "TEXT",
                "BOOLEAN", "NUMERIC(10, 2)", "NUMERIC", "FLOAT", "DOUBLE", "DATE", "TIME", "DATETIME", "DATETIME", "CHAR(32)",
                "JSON", "BLOB", "VARCHAR(5)", "INTERVAL");
    }

    @Test
    void postgresql() {
        assertThat(render("postgresql")).containsExactly("INTEGER", "BIGINT", "SMALLINT", "VARCHAR", "VARCHAR(30)", "CHAR(2)",
                "TEXT", "BOOLEAN", "NUMERIC(10, 2)", "NUMERIC", "FLOAT", "DOUBLE PRECISION", "DATE", "TIME WITHOUT TIME ZONE",
                "TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP WITH TIME ZONE", "UUID", "JSON", "BYTEA", "VARCHAR(5)", "INTERVAL");
    }

    @Test
    void mysqlAndMariadb() {
        List<String> expected = List.of("INTEGER", "BIGINT", "SMALLINT", "VARCHAR(255)", "VARCHAR(30)", "CHAR(2)", "TEXT", "BOOL",
                "NUMERIC(10, 2)", "NUMERIC", "FLOAT", "DOUBLE", "DATE", "TIME(6)", "DATETIME(6)", "DATETIME(6)", "CHAR(32)", "JSON",
                "BLOB", "ENUM('RED','GREEN')", "INTERVAL");
        assertThat(render("mysql")).isEqualTo(expected);
        assertThat(render("mariadb")).isEqualTo(expected);
    }

    @Test
    void h2() {
        assertThat(render("h2")).containsExactly("INTEGER", "BIGINT", "SMALLINT", "VARCHAR", "VARCHAR(30)", "CHAR(2)", "CLOB",
                "BOOLEAN", "NUMERIC(10, 2)", "DECFLOAT", "FLOAT", "DOUBLE PRECISION", "DATE", "TIME(6)", "TIMESTAMP",
                "TIMESTAMP WITH TIME ZONE", "UUID", "CLOB", "BLOB", "VARCHAR(5)", "INTERVAL");
    }

    @Test
    void typesPrintAndCompareByValue() {
        assertThat(Types.string(30)).isEqualTo(Types.string(30)).isNotEqualTo(Types.string(31)).hasToString("VARCHAR(30)");
        assertThat(Types.numeric(10, 2)).isEqualTo(Types.numeric(10, 2)).hasToString("NUMERIC(10, 2)");
        assertThat(Types.INTEGER).hasToString("INTEGER");
        assertThat(Types.enumType(Color.class)).isEqualTo(Types.enumType(Color.class)).hasToString("ENUM(Color)");
    }

    @Test
    void invalidParametersAreRejected() {
        assertThatThrownBy(() -> Types.string(0)).isInstanceOf(ArgumentError.class).hasMessageContaining("length");
        assertThatThrownBy(() -> Types.numeric(2, 5)).isInstanceOf(ArgumentError.class).hasMessageContaining("(2, 5)");
        assertThatThrownBy(() -> Dialects.byName("sqlite").typeCompiler().process(Types.NULLTYPE)).isInstanceOf(CompileError.class);
    }
}
