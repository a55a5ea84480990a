package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.TestDialects;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NULLS FIRST / NULLS LAST, emulated with {@code x IS NULL} on MySQL and MariaDB. */
class NullsOrderingMatrixTest {

    @Test
    void compiledForms() {
        TableClause user = TestTables.userTable();
        Select<?> stmt = select(user.c("id")).orderBy(nullsFirst(user.c("fullname").desc()));
        assertThat(stmt.compile(TestDialects.POSTGRESQL).sql())
                .endsWith("ORDER BY user_account.fullname DESC NULLS FIRST");
        assertThat(stmt.compile(TestDialects.MYSQL).sql())
                .endsWith("ORDER BY user_account.fullname IS NULL DESC, user_account.fullname DESC");
        assertThat(select(user.c("id")).orderBy(user.c("fullname").nullsLast()).compile(TestDialects.MARIADB).sql())
                .endsWith("ORDER BY user_account.fullname IS NULL, user_account.fullname");
    }

    @MatrixTest
    void nullsGoWhereAsked(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        engine.begin(conn -> conn.execute(update(t.user).values(Map.of("fullname", null_())).where(t.user.c("id").eq(2))));
        assertThat(query(engine, select(t.user.c("id")).orderBy(nullsFirst(t.user.c("fullname").asc()))))
                .containsExactly(row(2), row(3), row(1));
        assertThat(query(engine, select(t.user.c("id")).orderBy(t.user.c("fullname").desc().nullsLast())))
                .containsExactly(row(1), row(3), row(2));
    }
}
