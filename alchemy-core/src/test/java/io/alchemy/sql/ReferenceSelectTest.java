package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.sqlite.SQLiteDialect;
import org.junit.jupiter.api.Test;

/** The SELECT examples of the tutorial (S5) that need no foreign keys, printed and compiled for SQLite. */
class ReferenceSelectTest {
    private final TableClause user = TestTables.userTable();
    private final TableClause address = TestTables.addressTable();

    @Test
    void e5_1_whereEquals() {
        Select<?> stmt = select(user).where(user.c("name").eq("spongebob"));
        assertCompile(stmt,
                "SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account \nWHERE user_account.name = :name_1");
        assertCompile(stmt,
                "SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account \nWHERE user_account.name = ?", SQLITE);
    }

    @Test
    void e5_3_columns() {
        assertCompile(select(user.c("name"), user.c("fullname")),
                "SELECT user_account.name, user_account.fullname \nFROM user_account");
    }

    @Test
    void e5_5_implicitFromAndOrderBy() {
        Select<?> stmt = select(user.c("name"), address).where(user.c("id").eq(address.c("user_id"))).orderBy(address.c("id"));
        assertCompile(stmt, "SELECT user_account.name, address.id, address.user_id, address.email_address "
                + "\nFROM user_account, address \nWHERE user_account.id = address.user_id ORDER BY address.id", SQLITE);
    }

    @Test
    void e5_6_literalConcatLabel() {
        Select<?> stmt = select(literal("Username: ").concat(user.c("name")).label("username")).orderBy(user.c("name"));
        assertCompile(stmt,
                "SELECT ? || user_account.name AS username \nFROM user_account ORDER BY user_account.name", SQLITE);
    }

    @Test
    void e5_8_literalColumn() {
        Select<?> stmt = select(literalColumn("'some phrase'").label("p"), user.c("name")).orderBy(user.c("name"));
        assertCompile(stmt,
                "SELECT 'some phrase' AS p, user_account.name \nFROM user_account ORDER BY user_account.name", SQLITE);
    }

    @Test
    void e5_9_expressions() {
        assertCompile(user.c("name").eq("squidward"), "user_account.name = :name_1");
        assertCompile(address.c("user_id").gt(10), "address.user_id > :user_id_1");
    }

    @Test
    void e5_10_chainedWhereAndFromOrder() {
        String expected = "SELECT address.email_address \nFROM address, user_account \n"
                + "WHERE user_account.name = :name_1 AND address.user_id = user_account.id";
        assertCompile(select(address.c("email_address")).where(user.c("name").eq("squidward"))
                .where(address.c("user_id").eq(user.c("id"))), expected);
        assertCompile(select(address.c("email_address")).where(user.c("name").eq("squidward"),
                address.c("user_id").eq(user.c("id"))), expected);
    }

    @Test
    void e5_11_andOrPrecedence() {
        assertCompile(select(address.c("email_address")).where(and(or(user.c("name").eq("squidward"),
                user.c("name").eq("sandy")), address.c("user_id").eq(user.c("id")))),
                "SELECT address.email_address \nFROM address, user_account \nWHERE (user_account.name = :name_1 "
                        + "OR user_account.name = :name_2) AND address.user_id = user_account.id");
        assertCompile(select(address.c("email_address")).where(or(user.c("name").eq("squidward"),
                and(address.c("user_id").eq(user.c("id")), user.c("name").eq("sandy")))),
                "SELECT address.email_address \nFROM address, user_account \nWHERE user_account.name = :name_1 "
                        + "OR address.user_id = user_account.id AND user_account.name = :name_2");
    }

    @Test
    void e5_12_filterBy() {
        assertCompile(select(user).filterBy(java.util.Map.of("name", "spongebob", "fullname", "Spongebob Squarepants")),
                "SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account \n"
                        + "WHERE user_account.name = :name_1 AND user_account.fullname = :fullname_1");
    }

    @Test
    void e5_13_fromForms() {
        assertCompile(select(user.c("name")), "SELECT user_account.name \nFROM user_account");
        assertCompile(select(user.c("name"), address.c("email_address")),
                "SELECT user_account.name, address.email_address \nFROM user_account, address");
        assertCompile(select(address.c("email_address")).selectFrom(user).join(address, user.c("id").eq(address.c("user_id")))
                , "SELECT address.email_address \nFROM user_account JOIN address ON user_account.id = address.user_id");
        assertCompile(select(func.count("*")).selectFrom(user),
                "SELECT count(:count_2) AS count_1 \nFROM user_account");
    }

    @Test
    void e5_14_orderBy() {
        assertCompile(select(user).orderBy(user.c("name")),
                "SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account ORDER BY user_account.name");
        assertCompile(select(user).orderBy(user.c("fullname").desc()),
                "SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account ORDER BY user_account.fullname DESC");
        assertCompile(func.count(user.c("id")), "count(user_account.id)");
    }

    @Test
    void e5_16_groupByAndOrderByName() {
        Select<?> stmt = select(address.c("user_id"), func.count(address.c("id")).label("num_addresses"))
                .groupBy("user_id").orderBy("user_id", desc("num_addresses"));
        assertCompile(stmt, "SELECT address.user_id, count(address.id) AS num_addresses \nFROM address "
                + "GROUP BY address.user_id ORDER BY address.user_id, num_addresses DESC");
    }

    @Test
    void e5_17_selfJoinOfAliases() {
        Alias u1 = user.alias();
        Alias u2 = user.alias();
        Select<?> stmt = select(u1.c("name"), u2.c("name")).joinFrom(u1, u2, u1.c("id").gt(u2.c("id")));
        assertCompile(stmt, "SELECT user_account_1.name, user_account_2.name AS name_1 \n"
                + "FROM user_account AS user_account_1 JOIN user_account AS user_account_2 ON user_account_1.id > user_account_2.id");
    }

    @Test
    void e5_23_scalarSubquery() {
        ScalarSubquery<Long> subq = select(func.count(address.c("id"))).where(user.c("id").eq(address.c("user_id")))
                .scalarSubquery();
        assertCompile(subq, "(SELECT count(address.id) AS count_1 \nFROM address, user_account \n"
                + "WHERE user_account.id = address.user_id)");
        assertCompile(subq.eq(5), "(SELECT count(address.id) AS count_1 \nFROM address, user_account \n"
                + "WHERE user_account.id = address.user_id) = :param_1");
        assertCompile(select(user.c("name"), subq.label("address_count")),
                "SELECT user_account.name, (SELECT count(address.id) AS count_1 \nFROM address \n"
                        + "WHERE user_account.id = address.user_id) AS address_count \nFROM user_account");
    }

    @Test
    void e5_27_unionAll() {
        CompoundSelect u = unionAll(select(user).where(user.c("name").eq("sandy")),
                select(user).where(user.c("name").eq("spongebob")));
        assertCompile(u, "SELECT user_account.id, user_account.name, user_account.fullname \n"
                + "FROM user_account \nWHERE user_account.name = ? UNION ALL SELECT user_account.id, user_account.name, "
                + "user_account.fullname \nFROM user_account \nWHERE user_account.name = ?", SQLITE);
    }

    @Test
    void e5_32_notExists() {
        Select<?> stmt = select(user.c("name")).where(not(select(address.c("id"))
                .where(user.c("id").eq(address.c("user_id"))).exists()));
        assertCompile(stmt, "SELECT user_account.name \nFROM user_account \nWHERE NOT (EXISTS "
                + "(SELECT address.id \nFROM address \nWHERE user_account.id = address.user_id))", SQLITE);
    }

    @Test
    void e5_33_functions() {
        assertCompile(select(func.count()).selectFrom(user), "SELECT count(*) AS count_1 \nFROM user_account");
        assertCompile(select(func.lower("A String With Much UPPERCASE")), "SELECT lower(:lower_2) AS lower_1");
        assertCompile(select(func.call("some_crazy_function", user.c("name"), 17)),
                "SELECT some_crazy_function(user_account.name, :some_crazy_function_2) AS some_crazy_function_1 \nFROM user_account");
        assertCompile(select(func.now()), "SELECT CURRENT_TIMESTAMP AS now_1", SQLITE);
        assertCompile(select(func.upper("lowercase").concat(" suffix")),
                "SELECT upper(:upper_1) || :upper_2 AS anon_1");
    }

    @Test
    void e5_35_functionReturnTypes() {
        assertThat(func.now().type()).isSameAs(io.alchemy.types.Types.DATETIME);
        assertThat(func.call("run_some_calculation").type()).isNull();                   // SQLAlchemy's NullType
        assertThat(func.max(user.c("id")).type()).isSameAs(TestTables.INTEGER);
        assertThat(func.max(user.c("name")).type()).isSameAs(TestTables.STRING);
        assertThat(func.currentDate().type()).isSameAs(io.alchemy.types.Types.DATE);
        assertThat(func.concat("x", "y").type()).isSameAs(io.alchemy.types.Types.STRING);
        assertThat(func.count().type()).isSameAs(io.alchemy.types.Types.INTEGER);
        assertThat(func.call("json_object", "{\"a\", \"b\"}").type()).isNull();
        // func.upper() is typed String here (NullType in SQLAlchemy), so that its values read as Java Strings
        assertCompile(select(func.upper("lowercase").concat(" suffix")),
                "SELECT upper(:upper_1) || :upper_2 AS anon_1");
    }

    @Test
    void e5_7_textInTheColumnsClause() {
        Select<?> stmt = select(text("'some phrase'"), user.c("name")).orderBy(user.c("name"));
        assertCompile(stmt,
                "SELECT 'some phrase', user_account.name \nFROM user_account ORDER BY user_account.name", SQLITE);
    }

    @Test
    void textCriteriaKeepTheirNamedParameters() {
        Select<?> stmt = select(user.c("id")).where(text("user_account.id > :low")).where(user.c("id").lt(10));
        assertCompile(stmt, "SELECT user_account.id \nFROM user_account \nWHERE user_account.id > :low "
                + "AND user_account.id < :id_1");
        Compiled compiled = stmt.compile(new SQLiteDialect());
        assertThat(compiled.binds()).extracting(BindSlot::name).containsExactly("low", "id_1");
    }
}
