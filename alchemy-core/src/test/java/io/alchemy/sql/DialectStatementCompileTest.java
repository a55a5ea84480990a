package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.testing.TestDialects.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.CompileError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Statement-level constructs whose SQL differs per database, compiled for each. */
class DialectStatementCompileTest {
    private final TableClause user = TestTables.userTable();
    private final TableClause address = TestTables.addressTable();

    private Select limited(Integer limit, Integer offset) {
        Select<?> stmt = select(user.c("id")).orderBy(user.c("id"));
        if (limit != null) {
            stmt = stmt.limit(limit);
        }
        return offset == null ? stmt : stmt.offset(offset);
    }

    @Test
    void limitAndOffset() {
        String base = "SELECT user_account.id \nFROM user_account ORDER BY user_account.id";
        assertCompile(limited(5, null), base + "\n LIMIT :param_1");
        assertCompile(limited(5, 10), base + "\n LIMIT :param_1 OFFSET :param_2");
        assertCompile(limited(null, 10), base + "\n LIMIT -1 OFFSET :param_1");
        assertCompile(limited(5, 10), base + "\n LIMIT ? OFFSET ?", SQLITE);
        assertCompile(limited(null, 10), base + "\n LIMIT -1 OFFSET ?", SQLITE);
        assertCompile(limited(null, 10), base + "\n LIMIT ALL OFFSET ?", POSTGRESQL);
        assertCompile(limited(null, 10), base + " OFFSET ?", H2);
        assertCompile(limited(5, null), base + " \n LIMIT ?", MYSQL);
        assertCompile(limited(5, 10), base + " \n LIMIT ?, ?", MYSQL);
        assertCompile(limited(null, 10), base + " \n LIMIT ?, 18446744073709551615", MARIADB);
    }

    @Test
    void mysqlLimitBindsFollowThePlaceholders() {
        Compiled compiled = limited(5, 10).compile(MYSQL);
        assertThat(compiled.binds()).extracting(BindSlot::value).containsExactly(10, 5);
        assertThat(compiled.binds()).extracting(BindSlot::name).containsExactly("param_1", "param_2");
    }

    @Test
    void forUpdate() {
        Select<?> stmt = select(user.c("id")).where(user.c("id").eq(1));
        assertThat(stmt.forUpdate().compile(POSTGRESQL).sql()).endsWith("WHERE user_account.id = ? FOR UPDATE");
        assertThat(stmt.forUpdate(ForUpdate.UPDATE.withNowait()).compile(POSTGRESQL).sql())
                .endsWith(" FOR UPDATE NOWAIT");
        assertThat(stmt.forUpdate(ForUpdate.share().withSkipLocked()).compile(MYSQL).sql())
                .endsWith(" FOR SHARE SKIP LOCKED");
        assertThat(stmt.forUpdate(ForUpdate.UPDATE.of(user)).compile(POSTGRESQL).sql())
                .endsWith(" FOR UPDATE OF user_account");
        assertThat(stmt.forUpdate().compile(SQLITE).sql()).endsWith("WHERE user_account.id = ?");
    }

    @Test
    void insertOfDefaults() {
        assertCompile(insert(user).values(), "INSERT INTO user_account DEFAULT VALUES", SQLITE);
        assertCompile(insert(user).values(), "INSERT INTO user_account DEFAULT VALUES", POSTGRESQL);
        assertCompile(insert(user).values(), "INSERT INTO user_account DEFAULT VALUES", H2);
        assertCompile(insert(user).values(), "INSERT INTO user_account () VALUES ()", MYSQL);
    }

    @Test
    void returningPerDialect() {
        Insert stmt = insert(user).values(Map.of("name", "x")).returning(user.c("id"), user.c("name"));
        assertCompile(stmt,
                "INSERT INTO user_account (name) VALUES (?) RETURNING user_account.id, user_account.name", POSTGRESQL);
        assertCompile(stmt, "INSERT INTO user_account (name) VALUES (?) RETURNING id, name", SQLITE);
        assertCompile(stmt, "INSERT INTO user_account (name) VALUES (?) RETURNING id, name", MARIADB);
        assertThatThrownBy(() -> stmt.compile(MYSQL)).isInstanceOf(CompileError.class)
                .hasMessage("RETURNING is not supported by the mysql dialect");
        assertCompile(stmt, "SELECT id, name FROM FINAL TABLE (INSERT INTO user_account (name) VALUES (?))", H2);
        assertCompile(delete(user).where(user.c("id").eq(1)).returning(user.c("name")),
                "SELECT name FROM OLD TABLE (DELETE FROM user_account WHERE user_account.id = ?)", H2);
        Update update = update(user).values(Map.of("name", "x")).returning(user.c("id"));
        assertThatThrownBy(() -> update.compile(MARIADB)).isInstanceOf(CompileError.class)
                .hasMessage("UPDATE … RETURNING is not supported by the mariadb dialect");
        assertThat(stmt.compile(POSTGRESQL).resultColumns()).extracting(ResultColumn::name).containsExactly("id", "name");
    }

    @Test
    void unsupportedJoinsAndAggregatesAreCompileErrors() {
        Select<?> full = select(user.c("id")).join(address, user.c("id").eq(address.c("user_id")), JoinType.FULL);
        assertThat(full.compile(POSTGRESQL).sql()).contains("FULL OUTER JOIN");
        assertThatThrownBy(() -> full.compile(MYSQL)).isInstanceOf(CompileError.class)
                .hasMessage("FULL OUTER JOIN is not supported by the mysql dialect");
        assertThatThrownBy(() -> full.compile(H2)).isInstanceOf(CompileError.class)
                .hasMessage("FULL OUTER JOIN is not supported by the h2 dialect");
        assertThat(full.compile(SQLITE).sql()).contains("FULL OUTER JOIN");
        Select<?> filtered = select(func.count(user.c("id")).filter(user.c("name").eq("x")));
        assertThatThrownBy(() -> filtered.compile(MARIADB)).isInstanceOf(CompileError.class)
                .hasMessageContaining("FILTER");
    }

    @Test
    void identifiersAreQuotedPerDialect() {
        TableClause order = new TableClause("order", null, List.of(new ColumnClause<>("select", TestTables.INTEGER),
                new ColumnClause<>("Mixed", TestTables.STRING)));
        Select<?> stmt = select(order).where(order.c("select").eq(1));
        assertCompile(stmt, "SELECT \"order\".\"select\", \"order\".\"Mixed\" \nFROM \"order\" \n"
                + "WHERE \"order\".\"select\" = :select_1");
        assertCompile(stmt, "SELECT `order`.`select`, `order`.`Mixed` \nFROM `order` \n"
                + "WHERE `order`.`select` = ?", MYSQL);
        assertCompile(insert(order).values(Map.of("select", 1)),
                "INSERT INTO \"order\" (\"select\") VALUES (?)", POSTGRESQL);
        TableClause other = new TableClause("t", "other", List.of(new ColumnClause<>("x", TestTables.INTEGER)));
        assertCompile(select(other), "SELECT other.t.x \nFROM other.t");
    }

    @Test
    void compoundSelects() {
        Select<?> a = select(user.c("id")).where(user.c("id").eq(1));
        Select<?> b = select(user.c("id")).where(user.c("id").eq(2));
        assertThat(union(a, b).toString()).contains(" UNION SELECT");
        assertThat(intersect(a, b).toString()).contains(" INTERSECT SELECT");
        assertThat(except(a, b).toString()).contains(" EXCEPT SELECT");
        assertThat(intersectAll(a, b).toString()).contains(" INTERSECT ALL SELECT");
        assertThat(exceptAll(a, b).toString()).contains(" EXCEPT ALL SELECT");
        assertThat(intersectAll(a, b).compile(POSTGRESQL).sql()).contains(" INTERSECT ALL SELECT");
        assertThat(exceptAll(a, b).compile(MARIADB).sql()).contains(" EXCEPT ALL SELECT");
        for (io.alchemy.dialect.Dialect dialect : List.of(SQLITE, H2)) {
            assertThatThrownBy(() -> intersectAll(a, b).compile(dialect)).isInstanceOf(CompileError.class)
                    .hasMessage("INTERSECT ALL is not supported by the " + dialect.name() + " dialect");
            assertThatThrownBy(() -> exceptAll(a, b).compile(dialect)).isInstanceOf(CompileError.class)
                    .hasMessage("EXCEPT ALL is not supported by the " + dialect.name() + " dialect");
        }
        assertThat(union(a, b).orderBy("id").limit(1).toString()).endsWith("ORDER BY id\n LIMIT :param_1");
        assertThat(union(a.limit(1), b).toString()).startsWith("(SELECT user_account.id");
    }

    @Test
    void recursiveCte() {
        TableClause node = new TableClause("node", null, List.of(new ColumnClause<>("id", TestTables.INTEGER),
                new ColumnClause<>("parent_id", TestTables.INTEGER)));
        Cte tree = select(node.c("id")).where(node.c("id").eq(1)).cte("tree", true);
        Cte full = tree.unionAll(select(node.c("id")).where(node.c("parent_id").eq(tree.c("id"))));
        assertCompile(select(full.c("id")), "WITH RECURSIVE tree(id) AS \n(SELECT node.id AS id \n"
                + "FROM node \nWHERE node.id = :id_1 UNION ALL SELECT node.id AS id \nFROM node, tree \n"
                + "WHERE node.parent_id = tree.id)\n SELECT tree.id \nFROM tree");
    }
}
