package io.alchemy.sql;

import static io.alchemy.Alchemy.delete;
import static io.alchemy.Alchemy.select;
import static io.alchemy.testing.TestDialects.H2;
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
import org.junit.jupiter.api.Test;

/**
 * A DELETE whose WHERE refers to other tables: {@code DELETE FROM a USING b} on PostgreSQL, {@code DELETE FROM a
 * USING a, b} on MySQL/MariaDB (SQLAlchemy's SQL), a {@link CompileError} on SQLite and H2.
 */
class MultiTableDeleteMatrixTest {
    private final TableClause user = TestTables.userTable();
    private final TableClause address = TestTables.addressTable();

    private static Delete addressesOf(TableClause user, TableClause address, String name) {
        return delete(address).where(address.c("user_id").eq(user.c("id"))).where(user.c("name").eq(name));
    }

    @Test
    void compiledForEachDialect() {
        String where = " WHERE address.user_id = user_account.id AND user_account.name = ?";
        assertCompile(addressesOf(user, address, "x"), "DELETE FROM address , user_account "
                + "WHERE address.user_id = user_account.id AND user_account.name = :name_1");
        assertCompile(addressesOf(user, address, "x"), "DELETE FROM address USING user_account" + where, POSTGRESQL);
        assertCompile(addressesOf(user, address, "x"),
                "DELETE FROM address USING address, user_account" + where, MYSQL);
        assertCompile(addressesOf(user, address, "x"), addressesOf(user, address, "x").compile(MYSQL).sql(), MARIADB);
        for (Dialect dialect : new Dialect[] {SQLITE, H2}) {
            assertThatThrownBy(() -> addressesOf(user, address, "x").compile(dialect).sql())
                    .isInstanceOf(CompileError.class)
                    .hasMessage("DELETE with other tables in its criteria is not supported by the " + dialect.name()
                            + " dialect");
        }
        assertCompile(addressesOf(user, address, "x").returning(address.c("id")),
                "DELETE FROM address USING user_account" + where + " RETURNING address.id", POSTGRESQL);
        assertThatThrownBy(() -> addressesOf(user, address, "x").returning(address.c("id")).compile(MARIADB).sql())
                .isInstanceOf(CompileError.class).hasMessageContaining("RETURNING");
    }

    @MatrixTest
    void deletesTheRowsMatchedThroughTheOtherTable(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Delete sandys = addressesOf(t.user, t.address, "sandy");
        if (!engine.dialect().supportsMultiTableDelete()) {
            assertThatThrownBy(() -> engine.transaction(conn -> conn.execute(sandys).rowcount()))
                    .isInstanceOf(CompileError.class).hasMessageContaining("DELETE with other tables");
            return;
        }
        long deleted = engine.transaction(conn -> conn.execute(sandys).rowcount());
        assertThat(deleted).isEqualTo(2);
        assertThat(query(engine, select(t.address.c("id")).orderBy(t.address.c("id")))).containsExactly(row(1));
        assertThat(query(engine, select(t.user.c("id")).orderBy(t.user.c("id")))).containsExactly(row(1), row(2), row(3));
        if (engine.dialect().supportsMultiTableReturning()) {
            assertThat(query(engine, addressesOf(t.user, t.address, "spongebob").returning(t.address.c("email_address"))))
                    .containsExactly(row("spongebob@sqlalchemy.org"));
        }
    }
}
