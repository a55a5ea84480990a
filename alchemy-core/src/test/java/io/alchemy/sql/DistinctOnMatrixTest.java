package io.alchemy.sql;

import static io.alchemy.Alchemy.select;
import static io.alchemy.testing.TestDialects.MARIADB;
import static io.alchemy.testing.TestDialects.MYSQL;
import static io.alchemy.testing.TestDialects.POSTGRESQL;
import static io.alchemy.testing.TestDialects.SQLITE;

import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.dialect.Dialect;
import io.alchemy.engine.Engine;
import io.alchemy.exc.CompileError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.TestDialects;
import org.junit.jupiter.api.Test;

/** PostgreSQL's {@code SELECT DISTINCT ON (…)}: one row per value, the first in ORDER BY order; refused elsewhere. */
class DistinctOnMatrixTest {
    private final TableClause address = TestTables.addressTable();

    private Select<?> firstAddressPerUser(TableClause address) {
        return select(address.c("user_id"), address.c("email_address")).distinct(address.c("user_id"))
                .orderBy(address.c("user_id"), address.c("email_address").desc());
    }

    @Test
    void compiledForEachDialect() {
        String expected = "SELECT DISTINCT ON (address.user_id) address.user_id, address.email_address \nFROM address "
                + "ORDER BY address.user_id, address.email_address DESC";
        assertCompile(firstAddressPerUser(address), expected);
        assertCompile(firstAddressPerUser(address), expected, POSTGRESQL);
        assertCompile(firstAddressPerUser(address), expected, TestDialects.H2);               // H2 has it too
        for (Dialect dialect : new Dialect[] {SQLITE, MYSQL, MARIADB}) {
            assertThatThrownBy(() -> firstAddressPerUser(address).compile(dialect).sql())
                    .isInstanceOf(CompileError.class)
                    .hasMessage("DISTINCT ON is not supported by the " + dialect.name() + " dialect");
        }
    }

    @Test
    void theExpressionsArePartOfTheCacheKey() {
        Select<?> byUser = select(address.c("user_id")).distinct(address.c("user_id"));
        assertThat(byUser.cacheKey()).isNotEqualTo(select(address.c("user_id")).distinct().cacheKey())
                .isNotEqualTo(select(address.c("user_id")).distinct(address.c("id")).cacheKey())
                .isEqualTo(select(address.c("user_id")).distinct(address.c("user_id")).cacheKey());
        assertThat(select(address.c("user_id")).distinct(address.c("user_id"), address.c("id")).toString())
                .startsWith("SELECT DISTINCT ON (address.user_id, address.id) address.user_id");
    }

    @MatrixTest
    void oneRowPerValueWhereSupported(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Select<?> stmt = firstAddressPerUser(t.address);
        if (!engine.dialect().supportsDistinctOn()) {
            assertThatThrownBy(() -> query(engine, stmt)).isInstanceOf(CompileError.class)
                    .hasMessageContaining("DISTINCT ON");
            return;
        }
        assertThat(query(engine, stmt)).containsExactly(row(1, "spongebob@sqlalchemy.org"),
                row(2, "sandy@squirrelpower.org"));
    }
}
