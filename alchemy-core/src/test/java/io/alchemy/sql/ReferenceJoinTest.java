package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.schema.Table;
import org.junit.jupiter.api.Test;

/** The tutorial's joins, subqueries, CTEs, set operations and window functions (S5), with ON from foreign keys. */
class ReferenceJoinTest {
    private final Tutorial t = new Tutorial();
    private final Table user = t.user;
    private final Table address = t.address;

    @Test
    void e5_13_joinsInferTheirOnClause() {
        String expected = "SELECT user_account.name, address.email_address \nFROM user_account JOIN address ON user_account.id = address.user_id";
        assertCompile(select(user.c("name"), address.c("email_address")).joinFrom(user, address), expected);
        assertCompile(select(user.c("name"), address.c("email_address")).join(address), expected);
        assertCompile(select(address.c("email_address")).selectFrom(user).join(address),
                "SELECT address.email_address \nFROM user_account JOIN address ON user_account.id = address.user_id");
        assertCompile(select(user).join(address, null, JoinType.LEFT), "SELECT user_account.id, "
                + "user_account.name, user_account.fullname \nFROM user_account LEFT OUTER JOIN address ON user_account.id = address.user_id");
        assertThat(select(user).outerjoin(address).toString()).endsWith("LEFT OUTER JOIN address ON user_account.id = address.user_id");
        assertThat(select(user).join(address, null, JoinType.FULL).toString())
                .endsWith("FROM user_account FULL OUTER JOIN address ON user_account.id = address.user_id");
    }

    @Test
    void e5_15_groupByHaving() {
        Select<?> stmt = select(user.c("name"), func.count(address.c("id")).label("count")).join(address)
                .groupBy(user.c("name")).having(func.count(address.c("id")).gt(1));
        assertCompile(stmt, "SELECT user_account.name, count(address.id) AS count \nFROM user_account "
                + "JOIN address ON user_account.id = address.user_id GROUP BY user_account.name \nHAVING count(address.id) > ?", SQLITE);
    }

    @Test
    void e5_18_twoAliasesJoinedFromOneTable() {
        Alias a1 = address.alias();
        Alias a2 = address.alias();
        Select<?> stmt = select(user).joinFrom(user, a1).where(a1.c("email_address").eq("patrick@aol.com"))
                .joinFrom(user, a2).where(a2.c("email_address").eq("patrick@gmail.com"));
        assertCompile(stmt, "SELECT user_account.id, user_account.name, user_account.fullname \n"
                + "FROM user_account JOIN address AS address_1 ON user_account.id = address_1.user_id JOIN address AS "
                + "address_2 ON user_account.id = address_2.user_id \nWHERE address_1.email_address = :email_address_1 "
                + "AND address_2.email_address = :email_address_2");
    }

    @Test
    void e5_19_subquery() {
        Subquery subq = select(func.count(address.c("id")).label("count"), address.c("user_id"))
                .groupBy(address.c("user_id")).subquery();
        assertCompile(subq.select(), "SELECT count(address.id) AS count, address.user_id \nFROM address "
                + "GROUP BY address.user_id");
        assertCompile(select(subq.c("user_id"), subq.c("count")), "SELECT anon_1.user_id, anon_1.count \n"
                + "FROM (SELECT count(address.id) AS count, address.user_id AS user_id \nFROM address GROUP BY "
                + "address.user_id) AS anon_1");
        assertCompile(select(user.c("name"), user.c("fullname"), subq.c("count")).joinFrom(user, subq),
                "SELECT user_account.name, user_account.fullname, anon_1.count \nFROM user_account JOIN "
                        + "(SELECT count(address.id) AS count, address.user_id AS user_id \nFROM address GROUP BY "
                        + "address.user_id) AS anon_1 ON user_account.id = anon_1.user_id");
    }

    @Test
    void e5_20_cte() {
        Cte cte = select(func.count(address.c("id")).label("count"), address.c("user_id"))
                .groupBy(address.c("user_id")).cte();
        assertCompile(select(user.c("name"), user.c("fullname"), cte.c("count")).joinFrom(user, cte),
                "WITH anon_1 AS \n(SELECT count(address.id) AS count, address.user_id AS user_id \nFROM "
                        + "address GROUP BY address.user_id)\n SELECT user_account.name, user_account.fullname, "
                        + "anon_1.count \nFROM user_account JOIN anon_1 ON user_account.id = anon_1.user_id");
    }

    @Test
    void e5_21_e5_22_entityColumnsFromASubqueryAndACte() {
        Select<?> inner = select(address.c("id"), address.c("email_address"), address.c("user_id"))
                .where(address.c("email_address").notLike("%@aol.com"));
        Subquery subq = inner.subquery();
        assertCompile(select(user, subq).joinFrom(user, subq).orderBy(user.c("id"), subq.c("id")),
                "SELECT user_account.id, user_account.name, user_account.fullname, anon_1.id AS id_1, "
                        + "anon_1.email_address, anon_1.user_id \nFROM user_account JOIN (SELECT address.id AS id, "
                        + "address.email_address AS email_address, address.user_id AS user_id \nFROM address \nWHERE "
                        + "address.email_address NOT LIKE ?) AS anon_1 ON user_account.id = anon_1.user_id ORDER BY "
                        + "user_account.id, anon_1.id", SQLITE);
        Cte cte = inner.cte();
        assertCompile(select(user, cte).joinFrom(user, cte).orderBy(user.c("id"), cte.c("id")),
                "WITH anon_1 AS \n(SELECT address.id AS id, address.email_address AS email_address, "
                        + "address.user_id AS user_id \nFROM address \nWHERE address.email_address NOT LIKE ?)\n SELECT "
                        + "user_account.id, user_account.name, user_account.fullname, anon_1.id AS id_1, "
                        + "anon_1.email_address, anon_1.user_id \nFROM user_account JOIN anon_1 ON user_account.id = "
                        + "anon_1.user_id ORDER BY user_account.id, anon_1.id", SQLITE);
    }

    @Test
    void e5_24_autoCorrelationThatEmptiesTheFromIsAnError() {
        ScalarSubquery<Long> subq = select(func.count(address.c("id"))).where(user.c("id").eq(address.c("user_id")))
                .scalarSubquery();
        Select<?> stmt = select(user.c("name"), address.c("email_address"), subq.label("address_count"))
                .joinFrom(user, address).orderBy(user.c("id"), address.c("id"));
        assertThatThrownBy(stmt::toString).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("returned no FROM clauses due to auto-correlation; specify correlate(<tables>)");
    }

    @Test
    void e5_25_explicitCorrelation() {
        ScalarSubquery<Object> subq = select(func.count(address.c("id"))).where(user.c("id").eq(address.c("user_id")))
                .scalarSubquery().correlate(user);
        Select<?> stmt = select(user.c("name"), address.c("email_address"), subq.label("address_count"))
                .joinFrom(user, address).orderBy(user.c("id"), address.c("id"));
        assertCompile(stmt, "SELECT user_account.name, address.email_address, (SELECT count(address.id) "
                + "AS count_1 \nFROM address \nWHERE user_account.id = address.user_id) AS address_count \nFROM "
                + "user_account JOIN address ON user_account.id = address.user_id ORDER BY user_account.id, address.id",
                SQLITE);
    }

    @Test
    void e5_26_lateral() {
        Subquery subq = select(func.count(address.c("id")).label("address_count"), address.c("email_address"),
                address.c("user_id")).where(user.c("id").eq(address.c("user_id"))).lateral();
        Select<?> stmt = select(user.c("name"), subq.c("address_count"), subq.c("email_address")).joinFrom(user, subq)
                .orderBy(user.c("id"), subq.c("email_address"));
        assertCompile(stmt, "SELECT user_account.name, anon_1.address_count, anon_1.email_address \n"
                + "FROM user_account JOIN LATERAL (SELECT count(address.id) AS address_count, address.email_address AS "
                + "email_address, address.user_id AS user_id \nFROM address \nWHERE user_account.id = address.user_id) "
                + "AS anon_1 ON user_account.id = anon_1.user_id ORDER BY user_account.id, anon_1.email_address");
    }

    @Test
    void e5_28_e5_30_unionAsSubquery() {
        CompoundSelect u = unionAll(select(user).where(user.c("name").eq("sandy")),
                select(user).where(user.c("name").eq("spongebob")));
        Subquery uSubq = u.subquery();
        String unionSql = "(SELECT user_account.id AS id, user_account.name AS name, user_account.fullname AS fullname \n"
                + "FROM user_account \nWHERE user_account.name = ? UNION ALL SELECT user_account.id AS id, user_account.name "
                + "AS name, user_account.fullname AS fullname \nFROM user_account \nWHERE user_account.name = ?) AS anon_1";
        assertCompile(select(uSubq.c("name"), address.c("email_address")).joinFrom(address, uSubq)
                .orderBy(uSubq.c("name"), address.c("email_address")),
                "SELECT anon_1.name, address.email_address \nFROM address JOIN " + unionSql
                        + " ON anon_1.id = address.user_id ORDER BY anon_1.name, address.email_address", SQLITE);
        assertCompile(select(uSubq).orderBy(uSubq.c("id")),
                "SELECT anon_1.id, anon_1.name, anon_1.fullname \nFROM " + unionSql + " ORDER BY anon_1.id", SQLITE);
    }

    @Test
    void e5_31_existsWithGroupByAndHaving() {
        Exists subq = select(func.count(address.c("id"))).where(user.c("id").eq(address.c("user_id")))
                .groupBy(address.c("user_id")).having(func.count(address.c("id")).gt(1)).exists();
        assertCompile(select(user.c("name")).where(subq), "SELECT user_account.name \nFROM user_account \n"
                + "WHERE EXISTS (SELECT count(address.id) AS count_1 \nFROM address \nWHERE user_account.id = "
                + "address.user_id GROUP BY address.user_id \nHAVING count(address.id) > ?)", SQLITE);
    }

    @Test
    void e5_36_to_e5_39_windowFunctions() {
        assertCompile(select(func.rowNumber().over(partitionBy(user.c("name"))), user.c("name"),
                address.c("email_address")).selectFrom(user).join(address),
                "SELECT row_number() OVER (PARTITION BY user_account.name) AS anon_1, user_account.name, "
                        + "address.email_address \nFROM user_account JOIN address ON user_account.id = address.user_id",
                        SQLITE);
        assertCompile(select(func.count().over(orderBy(user.c("name"))), user.c("name"), address.c("email_address"))
                .selectFrom(user).join(address),
                "SELECT count(*) OVER (ORDER BY user_account.name) AS anon_1, user_account.name, "
                        + "address.email_address \nFROM user_account JOIN address ON user_account.id = address.user_id",
                        SQLITE);
        assertCompile(func.call("unnest", func.percentileDisc(java.util.List.of(0.25, 0.5, 0.75, 1))
                .withinGroup(user.c("name"))),
                "unnest(percentile_disc(:percentile_disc_1) WITHIN GROUP (ORDER BY user_account.name))");
        assertCompile(select(func.count(address.c("email_address")).filter(user.c("name").eq("sandy")),
                func.count(address.c("email_address")).filter(user.c("name").eq("spongebob"))).selectFrom(user).join(address), "SELECT count(address.email_address) FILTER (WHERE user_account.name = ?) AS anon_1, "
                        + "count(address.email_address) FILTER (WHERE user_account.name = ?) AS anon_2 \nFROM user_account "
                        + "JOIN address ON user_account.id = address.user_id", SQLITE);
    }

    @Test
    void e5_42_castKeepsTheColumnName() {
        assertCompile(select(cast(user.c("id"), io.alchemy.types.Types.STRING)),
                "SELECT CAST(user_account.id AS VARCHAR) AS id \nFROM user_account", SQLITE);
    }
}
