package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Dialects4.*;
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
        assertThat(limited(5, null).toString()).isEqualTo(base + "\n LIMIT :param_1");
        assertThat(limited(5, 10).toString()).isEqualTo(base + "\n LIMIT :param_1 OFFSET :param_2");
        assertThat(limited(null, 10).toString()).isEqualTo(base + "\n LIMIT -1 OFFSET :param_1");
        assertThat(sql(limited(5, 10), SQLITE)).isEqualTo(base + "\n LIMIT ? OFFSET ?");
        assertThat(sql(limited(null, 10), SQLITE)).isEqualTo(base + "\n LIMIT -1 OFFSET ?");
        assertThat(sql(limited(null, 10), POSTGRESQL)).isEqualTo(base + "\n LIMIT ALL OFFSET ?");
        assertThat(sql(limited(null, 10), H2)).isEqualTo(base + " OFFSET ?");
        assertThat(sql(limited(5, null), MYSQL)).isEqualTo(base + " \n LIMIT ?");
        assertThat(sql(limited(5, 10), MYSQL)).isEqualTo(base + " \n LIMIT ?, ?");
        assertThat(sql(limited(null, 10), MARIADB)).isEqualTo(base + " \n LIMIT ?, 18446744073709551615");
    }

    @Test
    void mysqlLimitBindsFollowThePlaceholders() {
        Compiled compiled = limited(5, 10).compile(MYSQL);
        assertThat(compiled.binds()).extracting(BindSlot::value).containsExactly(10, 5);
        assertThat(compiled.binds()).extracting(BindSlot::name).containsExactly("param_2", "param_1");
    }

    @Test
    void forUpdate() {
        Select<?> stmt = select(user.c("id")).where(user.c("id").eq(1));
        assertThat(sql(stmt.forUpdate(), POSTGRESQL)).endsWith("WHERE user_account.id = ? FOR UPDATE");
        assertThat(sql(stmt.forUpdate(ForUpdate.UPDATE.withNowait()), POSTGRESQL)).endsWith(" FOR UPDATE NOWAIT");
        assertThat(sql(stmt.forUpdate(ForUpdate.share().withSkipLocked()), MYSQL)).endsWith(" FOR SHARE SKIP LOCKED");
        assertThat(sql(stmt.forUpdate(ForUpdate.UPDATE.of(user)), POSTGRESQL)).endsWith(" FOR UPDATE OF user_account");
        assertThat(sql(stmt.forUpdate(), SQLITE)).endsWith("WHERE user_account.id = ?");
    }

    @Test
    void insertOfDefaults() {
        assertThat(sql(insert(user).values(), SQLITE)).isEqualTo("INSERT INTO user_account DEFAULT VALUES");
        assertThat(sql(insert(user).values(), POSTGRESQL)).isEqualTo("INSERT INTO user_account DEFAULT VALUES");
        assertThat(sql(insert(user).values(), H2)).isEqualTo("INSERT INTO user_account DEFAULT VALUES");
        assertThat(sql(insert(user).values(), MYSQL)).isEqualTo("INSERT INTO user_account () VALUES ()");
    }

    @Test
    void returningPerDialect() {
        Insert stmt = insert(user).values(Map.of("name", "x")).returning(user.c("id"), user.c("name"));
        assertThat(sql(stmt, POSTGRESQL)).isEqualTo("INSERT INTO user_account (name) VALUES (?) RETURNING user_account.id, user_account.name");
        assertThat(sql(stmt, SQLITE)).isEqualTo("INSERT INTO user_account (name) VALUES (?) RETURNING id, name");
        assertThat(sql(stmt, MARIADB)).isEqualTo("INSERT INTO user_account (name) VALUES (?) RETURNING id, name");
        assertThatThrownBy(() -> stmt.compile(MYSQL)).isInstanceOf(CompileError.class)
                .hasMessage("RETURNING is not supported by the mysql dialect");
        assertThat(sql(stmt, H2)).isEqualTo("SELECT id, name FROM FINAL TABLE (INSERT INTO user_account (name) VALUES (?))");
        assertThat(sql(delete(user).where(user.c("id").eq(1)).returning(user.c("name")), H2))
                .isEqualTo("SELECT name FROM OLD TABLE (DELETE FROM user_account WHERE user_account.id = ?)");
        Update update = update(user).values(Map.of("name", "x")).returning(user.c("id"));
        assertThatThrownBy(() -> update.compile(MARIADB)).isInstanceOf(CompileError.class)
                .hasMessage("UPDATE … RETURNING is not supported by the mariadb dialect");
        assertThat(stmt.compile(POSTGRESQL).resultColumns()).extracting(ResultColumn::name).containsExactly("id", "name");
    }

    @Test
    void unsupportedJoinsAndAggregatesAreCompileErrors() {
        Select<?> full = select(user.c("id")).join(address, user.c("id").eq(address.c("user_id")), JoinType.FULL);
        assertThat(sql(full, POSTGRESQL)).contains("FULL OUTER JOIN");
        assertThatThrownBy(() -> full.compile(MYSQL)).isInstanceOf(CompileError.class)
                .hasMessage("FULL OUTER JOIN is not supported by the mysql dialect");
        assertThatThrownBy(() -> full.compile(H2)).isInstanceOf(CompileError.class)
                .hasMessage("FULL OUTER JOIN is not supported by the h2 dialect");
        assertThat(sql(full, SQLITE)).contains("FULL OUTER JOIN");
        Select<?> filtered = select(func.count(user.c("id")).filter(user.c("name").eq("x")));
        assertThatThrownBy(() -> filtered.compile(MARIADB)).isInstanceOf(CompileError.class)
                .hasMessageContaining("FILTER");
    }

    @Test
    void identifiersAreQuotedPerDialect() {
        TableClause order = new TableClause("order", null, List.of(new ColumnClause<>("select", TestTables.INTEGER),
                new ColumnClause<>("Mixed", TestTables.STRING)));
        Select<?> stmt = select(order).where(order.c("select").eq(1));
        assertThat(stmt.toString()).isEqualTo("SELECT \"order\".\"select\", \"order\".\"Mixed\" \nFROM \"order\" \n"
                + "WHERE \"order\".\"select\" = :select_1");
        assertThat(sql(stmt, MYSQL)).isEqualTo("SELECT `order`.`select`, `order`.`Mixed` \nFROM `order` \n"
                + "WHERE `order`.`select` = ?");
        assertThat(sql(insert(order).values(Map.of("select", 1)), POSTGRESQL))
                .isEqualTo("INSERT INTO \"order\" (\"select\") VALUES (?)");
        TableClause other = new TableClause("t", "other", List.of(new ColumnClause<>("x", TestTables.INTEGER)));
        assertThat(select(other).toString()).isEqualTo("SELECT other.t.x \nFROM other.t");
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
        assertThat(sql(intersectAll(a, b), POSTGRESQL)).contains(" INTERSECT ALL SELECT");
        assertThat(sql(exceptAll(a, b), MARIADB)).contains(" EXCEPT ALL SELECT");
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
        assertThat(select(full.c("id")).toString()).isEqualTo("WITH RECURSIVE tree(id) AS \n(SELECT node.id AS id \n"
                + "FROM node \nWHERE node.id = :id_1 UNION ALL SELECT node.id AS id \nFROM node, tree \n"
                + "WHERE node.parent_id = tree.id)\n SELECT tree.id \nFROM tree");
    }
}
