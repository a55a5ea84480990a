package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.testing.TestDialects.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Display with values inline ({@code CompileOptions.literalBinds()}), quoting per database. */
class LiteralBindsTest {
    private final TableClause user = TestTables.userTable();

    @Test
    void valuesRenderInline() {
        Select<?> stmt = select(user.c("id")).where(user.c("name").eq("it's"), user.c("id").in(1, 2), user.c("id").gt(2.5))
                .limit(3);
        assertCompile(stmt, "SELECT user_account.id \nFROM user_account \nWHERE "
                + "user_account.name = 'it''s' AND user_account.id IN (1, 2) AND user_account.id > 2.5\n LIMIT 3",
                DEFAULT, CompileOptions.literalBinds());
        Compiled compiled = stmt.compile(SQLITE, CompileOptions.literalBinds());
        assertThat(compiled.binds()).isEmpty();
    }

    @Test
    void perDialectForms() {
        Select<?> stmt = select(user.c("id")).where(user.c("name").eq("a\\b"), user.c("fullname").eq(true),
                user.c("fullname").eq(LocalDate.of(2020, 1, 2)), user.c("id").in(List.of()));
        assertThat(stmt.compile(MYSQL, CompileOptions.literalBinds()).sql())
                .endsWith("WHERE user_account.name = 'a\\\\b' AND user_account.fullname = 1 AND "
                + "user_account.fullname = '2020-01-02' AND user_account.id IN (NULL) AND (1 != 1)");
        assertThat(stmt.compile(POSTGRESQL, CompileOptions.literalBinds()).sql())
                .endsWith("WHERE user_account.name = 'a\\b' AND user_account.fullname = true AND "
                + "user_account.fullname = '2020-01-02' AND user_account.id IN (NULL) AND (1 != 1)");
    }
}
