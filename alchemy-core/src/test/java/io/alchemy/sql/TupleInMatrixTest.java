package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.TestDialects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Row values in an expanding IN: {@code (a, b) IN ((?, ?), …)}, {@code IN (VALUES …)} on SQLite. */
class TupleInMatrixTest {

    @Test
    void compiledAndExpandedForms() {
        TableClause user = TestTables.userTable();
        Select<?> stmt = select(user.c("id")).where(tuple(user.c("id"), user.c("name")).in(List.of(List.of(1, "a"), List.of(2, "b"))));
        assertThat(stmt.toString()).endsWith("WHERE (user_account.id, user_account.name) IN (__[POSTCOMPILE_param_1])");
        assertThat(stmt.bind(stmt.compile(TestDialects.POSTGRESQL), java.util.Map.of()).sql())
                .endsWith("WHERE (user_account.id, user_account.name) IN ((?, ?), (?, ?))");
        assertThat(stmt.bind(stmt.compile(TestDialects.SQLITE), java.util.Map.of()).sql())
                .endsWith("WHERE (user_account.id, user_account.name) IN (VALUES (?, ?), (?, ?))");
        assertThat(stmt.compile(TestDialects.DEFAULT, CompileOptions.literalBinds()).sql())
                .endsWith("IN ((1, 'a'), (2, 'b'))");
        assertThatThrownBy(() -> tuple(user.c("id"), user.c("name")).in(List.of(List.of(1)))).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("rows of 2 values");
    }

    @MatrixTest
    void tupleInMatchesRows(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Tuple key = tuple(t.address.c("user_id"), t.address.c("email_address"));
        assertThat(query(engine, select(t.address.c("id")).where(key.in(List.of(List.of(2, "sandy@squirrelpower.org"),
                List.of(1, "spongebob@sqlalchemy.org"), List.of(1, "nobody")))).orderBy(t.address.c("id"))))
                .containsExactly(row(1), row(3));
        assertThat(query(engine, select(t.address.c("id")).where(key.in(List.of())))).isEmpty();
        assertThat(query(engine, select(t.address.c("id")).where(key.notIn(List.of())).orderBy(t.address.c("id"))))
                .containsExactly(row(1), row(2), row(3));
    }
}
