package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.sqlite.SQLiteDialect;
import org.junit.jupiter.api.Test;

/** The SELECT examples of the tutorial (S5) that need no foreign keys, printed and compiled for SQLite. */
class ReferenceSelectTest {
    private final TableClause user = TestTables.userTable();
    private final TableClause address = TestTables.addressTable();

    private static String sqlite(Executable statement) {
        return statement.compile(new SQLiteDialect()).sql();
    }

    @Test
    void e5_1_whereEquals() {
        Select<?> stmt = select(user).where(user.c("name").eq("spongebob"));
        assertThat(stmt.toString()).isEqualTo(
                "SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account \nWHERE user_account.name = :name_1");
        assertThat(sqlite(stmt)).isEqualTo(
                "SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account \nWHERE user_account.name = ?");
    }

    @Test
    void e5_3_columns() {
        assertThat(select(user.c("name"), user.c("fullname")).toString())
                .isEqualTo("SELECT user_account.name, user_account.fullname \nFROM user_account");
    }

    @Test
    void e5_5_implicitFromAndOrderBy() {
        Select<?> stmt = select(user.c("name"), address).where(user.c("id").eq(address.c("user_id"))).orderBy(address.c("id"));
        assertThat(sqlite(stmt)).isEqualTo("SELECT user_account.name, address.id, address.user_id, address.email_address "
                + "\nFROM user_account, address \nWHERE user_account.id = address.user_id ORDER BY address.id");
    }

    @Test
    void e5_6_literalConcatLabel() {
        Select<?> stmt = select(literal("Username: ").concat(user.c("name")).label("username")).orderBy(user.c("name"));
        assertThat(sqlite(stmt)).isEqualTo("SELECT ? || user_account.name AS username \nFROM user_account ORDER BY user_account.name");
    }

    @Test
    void e5_8_literalColumn() {
        Select<?> stmt = select(literalColumn("'some phrase'").label("p"), user.c("name")).orderBy(user.c("name"));
        assertThat(sqlite(stmt)).isEqualTo(
                "SELECT 'some phrase' AS p, user_account.name \nFROM user_account ORDER BY user_account.name");
    }

    @Test
    void e5_9_expressions() {
        assertThat(user.c("name").eq("squidward").toString()).isEqualTo("user_account.name = :name_1");
        assertThat(address.c("user_id").gt(10).toString()).isEqualTo("address.user_id > :user_id_1");
    }

    @Test
    void e5_10_chainedWhereAndFromOrder() {
        String expected = "SELECT address.email_address \nFROM address, user_account \n"
                + "WHERE user_account.name = :name_1 AND address.user_id = user_account.id";
        assertThat(select(address.c("email_address")).where(user.c("name").eq("squidward"))
                .where(address.c("user_id").eq(user.c("id"))).toString()).isEqualTo(expected);
        assertThat(select(address.c("email_address")).where(user.c("name").eq("squidward"),
                address.c("user_id").eq(user.c("id"))).toString()).isEqualTo(expected);
    }

    @Test
    void e5_11_andOrPrecedence() {
        assertThat(select(address.c("email_address")).where(and(or(user.c("name").eq("squidward"),
                user.c("name").eq("sandy")), address.c("user_id").eq(user.c("id")))).toString())
                .isEqualTo("SELECT address.email_address \nFROM address, user_account \nWHERE (user_account.name = :name_1 "
                        + "OR user_account.name = :name_2) AND address.user_id = user_account.id");
        assertThat(select(address.c("email_address")).where(or(user.c("name").eq("squidward"),
                and(address.c("user_id").eq(user.c("id")), user.c("name").eq("sandy")))).toString())
                .isEqualTo("SELECT address.email_address \nFROM address, user_account \nWHERE user_account.name = :name_1 "
                        + "OR address.user_id = user_account.id AND user_account.name = :name_2");
    }

    @Test
    void e5_12_filterBy() {
        assertThat(select(user).filterBy(java.util.Map.of("name", "spongebob", "fullname", "Spongebob Squarepants")).toString())
                .isEqualTo("SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account \n"
                        + "WHERE user_account.name = :name_1 AND user_account.fullname = :fullname_1");
    }

    @Test
    void e5_13_fromForms() {
        assertThat(select(user.c("name")).toString()).isEqualTo("SELECT user_account.name \nFROM user_account");
        assertThat(select(user.c("name"), address.c("email_address")).toString())
                .isEqualTo("SELECT user_account.name, address.email_address \nFROM user_account, address");
        assertThat(select(address.c("email_address")).selectFrom(user).join(address, user.c("id").eq(address.c("user_id")))
                .toString()).isEqualTo("SELECT address.email_address \nFROM user_account JOIN address ON user_account.id = address.user_id");
        assertThat(select(func.count("*")).selectFrom(user).toString())
                .isEqualTo("SELECT count(:count_2) AS count_1 \nFROM user_account");
    }

    @Test
    void e5_14_orderBy() {
        assertThat(select(user).orderBy(user.c("name")).toString()).isEqualTo(
                "SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account ORDER BY user_account.name");
        assertThat(select(user).orderBy(user.c("fullname").desc()).toString()).isEqualTo(
                "SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account ORDER BY user_account.fullname DESC");
        assertThat(func.count(user.c("id")).toString()).isEqualTo("count(user_account.id)");
    }

    @Test
    void e5_16_groupByAndOrderByName() {
        Select<?> stmt = select(address.c("user_id"), func.count(address.c("id")).label("num_addresses"))
                .groupBy("user_id").orderBy("user_id", desc("num_addresses"));
        assertThat(stmt.toString()).isEqualTo("SELECT address.user_id, count(address.id) AS num_addresses \nFROM address "
                + "GROUP BY address.user_id ORDER BY address.user_id, num_addresses DESC");
    }

    @Test
    void e5_17_selfJoinOfAliases() {
        Alias u1 = user.alias();
        Alias u2 = user.alias();
        Select<?> stmt = select(u1.c("name"), u2.c("name")).joinFrom(u1, u2, u1.c("id").gt(u2.c("id")));
        assertThat(stmt.toString()).isEqualTo("SELECT user_account_1.name, user_account_2.name AS name_1 \n"
                + "FROM user_account AS user_account_1 JOIN user_account AS user_account_2 ON user_account_1.id > user_account_2.id");
    }

    @Test
    void e5_23_scalarSubquery() {
        ScalarSubquery<Long> subq = select(func.count(address.c("id"))).where(user.c("id").eq(address.c("user_id")))
                .scalarSubquery();
        assertThat(subq.toString()).isEqualTo("(SELECT count(address.id) AS count_1 \nFROM address, user_account \n"
                + "WHERE user_account.id = address.user_id)");
        assertThat(subq.eq(5).toString()).isEqualTo("(SELECT count(address.id) AS count_1 \nFROM address, user_account \n"
                + "WHERE user_account.id = address.user_id) = :param_1");
        assertThat(select(user.c("name"), subq.label("address_count")).toString())
                .isEqualTo("SELECT user_account.name, (SELECT count(address.id) AS count_1 \nFROM address \n"
                        + "WHERE user_account.id = address.user_id) AS address_count \nFROM user_account");
    }

    @Test
    void e5_27_unionAll() {
        CompoundSelect u = unionAll(select(user).where(user.c("name").eq("sandy")),
                select(user).where(user.c("name").eq("spongebob")));
        assertThat(sqlite(u)).isEqualTo("SELECT user_account.id, user_account.name, user_account.fullname \n"
                + "FROM user_account \nWHERE user_account.name = ? UNION ALL SELECT user_account.id, user_account.name, "
                + "user_account.fullname \nFROM user_account \nWHERE user_account.name = ?");
    }

    @Test
    void e5_32_notExists() {
        Select<?> stmt = select(user.c("name")).where(not(select(address.c("id"))
                .where(user.c("id").eq(address.c("user_id"))).exists()));
        assertThat(sqlite(stmt)).isEqualTo("SELECT user_account.name \nFROM user_account \nWHERE NOT (EXISTS "
                + "(SELECT address.id \nFROM address \nWHERE user_account.id = address.user_id))");
    }

    @Test
    void e5_33_functions() {
        assertThat(select(func.count()).selectFrom(user).toString()).isEqualTo("SELECT count(*) AS count_1 \nFROM user_account");
        assertThat(select(func.lower("A String With Much UPPERCASE")).toString()).isEqualTo("SELECT lower(:lower_2) AS lower_1");
        assertThat(select(func.call("some_crazy_function", user.c("name"), 17)).toString()).isEqualTo(
                "SELECT some_crazy_function(user_account.name, :some_crazy_function_2) AS some_crazy_function_1 \nFROM user_account");
        assertThat(sqlite(select(func.now()))).isEqualTo("SELECT CURRENT_TIMESTAMP AS now_1");
        assertThat(select(func.upper("lowercase").concat(" suffix")).toString()).isEqualTo("SELECT upper(:upper_1) || :upper_2 AS anon_1");
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
        assertThat(select(func.upper("lowercase").concat(" suffix")).toString()).isEqualTo("SELECT upper(:upper_1) || :upper_2 AS anon_1");
    }

    @Test
    void e5_7_textInTheColumnsClause() {
        Select<?> stmt = select(text("'some phrase'"), user.c("name")).orderBy(user.c("name"));
        assertThat(sqlite(stmt)).isEqualTo("SELECT 'some phrase', user_account.name \nFROM user_account ORDER BY user_account.name");
    }

    @Test
    void textCriteriaKeepTheirNamedParameters() {
        Select<?> stmt = select(user.c("id")).where(text("user_account.id > :low")).where(user.c("id").lt(10));
        assertThat(stmt.toString()).isEqualTo("SELECT user_account.id \nFROM user_account \nWHERE user_account.id > :low "
                + "AND user_account.id < :id_1");
        Compiled compiled = stmt.compile(new SQLiteDialect());
        assertThat(compiled.binds()).extracting(BindSlot::name).containsExactly("low", "id_1");
    }
}
