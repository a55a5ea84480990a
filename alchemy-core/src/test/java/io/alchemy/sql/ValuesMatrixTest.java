package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.CompileError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.TestDialects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows of values as a FROM element (E6.7): VALUES where the database has it, SELECT … UNION ALL elsewhere. */
class ValuesMatrixTest {

    private static Values newNames(Tutorial t) {
        return values("my_values", t.user.c("id"), t.user.c("name"))
                .data(List.of(List.of(1, "new_name"), List.of(2, "another_name"), List.of(3, "name_name")));
    }

    @Test
    void e6_7_updateFromValues() {
        Tutorial t = new Tutorial();
        Values v = newNames(t);
        Update stmt = update(t.user).values(Map.of("name", v.c("name"))).where(t.user.c("id").eq(v.c("id")));
        assertCompile(stmt, "UPDATE user_account SET name=my_values.name FROM (VALUES (:param_1, "
                + ":param_2), (:param_3, :param_4), (:param_5, :param_6)) AS my_values (id, name) WHERE user_account.id = "
                + "my_values.id");
        assertCompile(select(v.c("name")), "SELECT my_values.name \nFROM "
                + "(SELECT ? AS id, ? AS name UNION ALL SELECT ?, ? UNION ALL SELECT ?, ?) AS my_values",
                TestDialects.SQLITE);
    }

    @MatrixTest
    void selectAndUpdateFromValues(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Values v = newNames(t);
        assertThat(query(engine, select(v.c("id"), v.c("name")).orderBy(v.c("id")))).containsExactly(
                row(1, "new_name"), row(2, "another_name"), row(3, "name_name"));
        Update stmt = update(t.user).values(Map.of("name", v.c("name"))).where(t.user.c("id").eq(v.c("id")));
        if (!engine.dialect().supportsMultiTableUpdate()) {
            assertThatThrownBy(() -> stmt.compile(engine.dialect())).isInstanceOf(CompileError.class);
            return;
        }
        engine.begin(conn -> conn.execute(stmt));
        assertThat(query(engine, select(t.user.c("name")).orderBy(t.user.c("id")))).containsExactly(
                row("new_name"), row("another_name"), row("name_name"));
    }
}
