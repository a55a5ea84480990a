package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.mysql.MySQLDialect;
import io.alchemy.dialect.sqlite.SQLiteDialect;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The INSERT (S4), UPDATE and DELETE (S6) examples of the tutorial, printed and compiled. */
class ReferenceDmlTest {
    private final TableClause user = TestTables.userTable();
    private final TableClause address = TestTables.addressTable();

    @Test
    void e4_1_insertValues() {
        Insert stmt = insert(user).values(Map.of("name", "spongebob", "fullname", "Spongebob Squarepants"));
        assertCompile(stmt, "INSERT INTO user_account (name, fullname) VALUES (:name, :fullname)");
        Compiled compiled = assertCompile(stmt,
                "INSERT INTO user_account (name, fullname) VALUES (?, ?)", new SQLiteDialect());
        assertThat(compiled.binds()).extracting(BindSlot::name, BindSlot::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "spongebob"),
                        org.assertj.core.groups.Tuple.tuple("fullname", "Spongebob Squarepants"));
    }

    @Test
    void e4_3_insertWithoutValuesShowsEveryColumn() {
        assertCompile(insert(user), "INSERT INTO user_account (id, name, fullname) VALUES (:id, :name, :fullname)");
    }

    @Test
    void e4_4_parameterKeysDecideColumns() {
        assertCompile(insert(user),
                "INSERT INTO user_account (name, fullname) VALUES (?, ?)",
                SQLITE, CompileOptions.forParameters(Set.of("fullname", "name")));
    }

    @Test
    void e4_5_scalarSubqueryValueWithBindparam() {
        Select<?> byName = select(user.c("id")).where(user.c("name").eq(bindparam("username")));
        Insert stmt = insert(address).values(Map.of("user_id", byName.scalarSubquery()));
        Compiled compiled = assertCompile(stmt,
                "INSERT INTO address (user_id, email_address) VALUES ((SELECT user_account.id "
                + "\nFROM user_account \nWHERE user_account.name = ?), ?)",
                SQLITE, CompileOptions.forParameters(Set.of("username", "email_address")));
        assertThat(compiled.binds()).extracting(BindSlot::name).containsExactly("username", "email_address");
    }

    @Test
    void e4_6_defaultValues() {
        assertCompile(insert(user).values(), "INSERT INTO user_account DEFAULT VALUES", new SQLiteDialect());
        assertCompile(insert(user),
                "INSERT INTO user_account DEFAULT VALUES", SQLITE, CompileOptions.forParameters(Set.of()));
    }

    @Test
    void e4_7_returning() {
        assertCompile(insert(address).returning(address.c("id"), address.c("email_address")),
                "INSERT INTO address (id, user_id, email_address) VALUES (:id, :user_id, :email_address) "
                        + "RETURNING address.id, address.email_address");
    }

    @Test
    void e4_8_fromSelect() {
        Insert stmt = insert(address).fromSelect(List.of("user_id", "email_address"),
                select(user.c("id"), user.c("name").concat("@aol.com")));
        assertCompile(stmt, "INSERT INTO address (user_id, email_address) SELECT user_account.id, "
                + "user_account.name || :name_1 AS anon_1 \nFROM user_account");
        assertCompile(stmt.returning(address.c("id"), address.c("email_address")),
                "INSERT INTO address (user_id, email_address) SELECT user_account.id, user_account.name || "
                        + ":name_1 AS anon_1 \nFROM user_account RETURNING address.id, address.email_address");
    }

    @Test
    void e6_1_update() {
        assertCompile(update(user).where(user.c("name").eq("patrick")).values(Map.of("fullname", "Patrick the Star")),
                "UPDATE user_account SET fullname=:fullname WHERE user_account.name = :name_1");
    }

    @Test
    void e6_2_updateToExpression() {
        assertCompile(update(user).values(Map.of("fullname", literal("Username: ").concat(user.c("name")))),
                "UPDATE user_account SET fullname=(:name_1 || user_account.name)");
    }

    @Test
    void e6_3_updateWithBindparams() {
        Update stmt = update(user).where(user.c("name").eq(bindparam("oldname"))).values(Map.of("name", bindparam("newname")));
        Compiled compiled = assertCompile(stmt,
                "UPDATE user_account SET name=? WHERE user_account.name = ?",
                SQLITE, CompileOptions.forParameters(Set.of("oldname", "newname")));
        assertThat(compiled.binds()).extracting(BindSlot::name).containsExactly("newname", "oldname");
    }

    @Test
    void e6_4_correlatedUpdate() {
        Update stmt = update(user).values(Map.of("fullname", select(address.c("email_address"))
                .where(address.c("user_id").eq(user.c("id"))).orderBy(address.c("id")).limit(1).scalarSubquery()));
        assertCompile(stmt, "UPDATE user_account SET fullname=(SELECT address.email_address \nFROM address \n"
                + "WHERE address.user_id = user_account.id ORDER BY address.id\n LIMIT :param_1)");
    }

    @Test
    void e6_5_updateFrom() {
        Update stmt = update(user).where(user.c("id").eq(address.c("user_id")))
                .where(address.c("email_address").eq("patrick@aol.com")).values(Map.of("fullname", "Pat"));
        assertCompile(stmt, "UPDATE user_account SET fullname=:fullname FROM address WHERE "
                + "user_account.id = address.user_id AND address.email_address = :email_address_1");
    }

    @Test
    void e6_6_mysqlMultiTableUpdate() {
        Update stmt = update(user).where(user.c("id").eq(address.c("user_id")))
                .where(address.c("email_address").eq("patrick@aol.com"))
                .values((ColumnClause<?>) user.c("fullname"), "Pat").values((ColumnClause<?>) address.c("email_address"), "pat@aol.com");
        assertCompile(stmt, "UPDATE user_account, address SET "
                + "address.email_address=?, user_account.fullname=? WHERE user_account.id = address.user_id "
                + "AND address.email_address = ?", new MySQLDialect());
    }

    @Test
    void e6_8_orderedValues() {
        TableClause some = TestTables.someTable();
        Update stmt = update(some).orderedValues(List.of(Map.entry(some.c("y"), 20),
                Map.entry(some.c("x"), some.c("y").plus(10))));
        assertCompile(stmt, "UPDATE some_table SET y=:y, x=(some_table.y + :y_1)");
    }

    @Test
    void e6_9_delete() {
        assertCompile(delete(user).where(user.c("name").eq("patrick")),
                "DELETE FROM user_account WHERE user_account.name = :name_1");
    }

    @Test
    void e6_10_mysqlDeleteUsing() {
        Delete stmt = delete(user).where(user.c("id").eq(address.c("user_id")))
                .where(address.c("email_address").eq("patrick@aol.com"));
        assertCompile(stmt, "DELETE FROM user_account USING user_account, address "
                + "WHERE user_account.id = address.user_id AND address.email_address = ?", new MySQLDialect());
    }

    @Test
    void e6_11_setParametersComeBeforeWhereParameters() {
        Compiled compiled = assertCompile(update(user).values(Map.of("fullname", "Patrick McStar")).where(user.c("name").eq("patrick"))
                , "UPDATE user_account SET fullname=? WHERE user_account.name = ?", new SQLiteDialect());
        assertThat(compiled.binds()).extracting(BindSlot::value).containsExactly("Patrick McStar", "patrick");
    }

    @Test
    void e6_12_returning() {
        assertCompile(update(user).where(user.c("name").eq("patrick")).values(Map.of("fullname", "Patrick the Star"))
                .returning(user.c("id"), user.c("name")),
                "UPDATE user_account SET fullname=:fullname WHERE user_account.name = :name_1 "
                        + "RETURNING user_account.id, user_account.name");
        assertCompile(delete(user).where(user.c("name").eq("patrick")).returning(user.c("id"), user.c("name")),
                "DELETE FROM user_account WHERE user_account.name = :name_1 RETURNING user_account.id, user_account.name");
    }
}
