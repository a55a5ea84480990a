package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.CompileError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.Map;

/** INSERT/UPDATE/DELETE … RETURNING inside WITH (PostgreSQL); a CompileError elsewhere. */
class DataModifyingCteMatrixTest {

    @MatrixTest
    void deleteReturningFeedsASelect(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Cte removed = delete(t.address).where(t.address.c("user_id").eq(2))
                .returning(t.address.c("id"), t.address.c("email_address")).cte("removed");
        Select<?> stmt = select(removed.c("email_address")).orderBy(removed.c("id"));
        assertCompile(stmt, "WITH removed AS \n(DELETE FROM address WHERE address.user_id = :user_id_1 "
                + "RETURNING address.id, address.email_address)\n SELECT removed.email_address \nFROM removed ORDER BY removed.id");
        if (!engine.dialect().supportsDataModifyingCte()) {
            assertThatThrownBy(() -> stmt.compile(engine.dialect())).isInstanceOf(CompileError.class)
                    .hasMessageContaining("inside a WITH clause");
            return;
        }
        assertThat(query(engine, stmt)).containsExactly(row("sandy@sqlalchemy.org"), row("sandy@squirrelpower.org"));
        assertThat(query(engine, select(t.address.c("id")))).containsExactly(row(1));
    }

    @MatrixTest
    void aDataModifyingCteNeedsReturning(TestDatabase db) {
        Tutorial t = new Tutorial();
        assertThatThrownBy(() -> update(t.user).values(Map.of("name", "x")).cte("u")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("returning");
    }
}
