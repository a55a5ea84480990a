package io.alchemy.testing;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.text;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.testing.SqlAssertions.CompiledSql.compiledSql;
import static io.alchemy.testing.SqlAssertions.assertSqlExecution;
import static io.alchemy.testing.TestDialects.POSTGRESQL;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.Alchemy;
import io.alchemy.engine.Engine;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.types.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test kit checks what it says it checks, and fails with the difference. */
class TestKitTest {
    private final Table user = new MetaData().table("user_account", column("id", Types.INTEGER),
            column("name", Types.string(20)));

    @Test
    void assertCompileChecksTheSqlAndTheParametersByNameOrPosition() {
        var stmt = select(user.c("id")).where(user.c("name").eq("sandy"), user.c("id").gt(2));
        assertCompile(stmt, "SELECT user_account.id \nFROM user_account \nWHERE user_account.name = :name_1 "
                + "AND user_account.id > :id_1", Map.of("name_1", "sandy", "id_1", 2));
        assertCompile(stmt, "SELECT user_account.id \nFROM user_account \nWHERE user_account.name = ? "
                + "AND user_account.id > ?", List.of("sandy", 2), SQLITE);
        assertCompile(stmt, "SELECT user_account.id \nFROM user_account \nWHERE user_account.name = ? "
                + "AND user_account.id > ?", Map.of("name_1", "sandy", "id_1", 2), POSTGRESQL);
        assertThatThrownBy(() -> assertCompile(stmt, "SELECT 1", SQLITE)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("SQL on dialect sqlite");
        assertThatThrownBy(() -> assertCompile(stmt, "SELECT user_account.id \nFROM user_account \nWHERE "
                + "user_account.name = ? AND user_account.id > ?", List.of(2, "sandy"), SQLITE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("checkpositional");
        assertThatThrownBy(() -> assertCompile(stmt, "SELECT user_account.id \nFROM user_account \nWHERE "
                + "user_account.name = :name_1 AND user_account.id > :id_1", Map.of("name_1", "pat", "id_1", 2)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("checkparams");
        assertCompile(user.c("id").eq(5), "user_account.id = :id_1");
        assertCompile(user.c("id").eq(5), "user_account.id = ?", SQLITE);
    }

    @Test
    void assertSqlExecutionChecksEveryStatementInOrder() {
        try (Engine engine = Alchemy.createEngine("jdbc:sqlite::memory:")) {
            SqlRecorder recorder = SqlRecorder.on(engine);
            engine.begin(conn -> conn.execute(text("CREATE TABLE user_account (id INTEGER, name VARCHAR(20))")));
            List<String> conversation = assertSqlExecution(recorder,
                    () -> engine.begin(conn -> conn.execute(insert(user), List.of(Map.of("id", 1, "name", "a"),
                            Map.of("id", 2, "name", "b")))),
                    compiledSql("INSERT INTO user_account (id, name) VALUES (?, ?)", List.of(1, "a"), List.of(2, "b")));
            assertThat(conversation).containsExactly("BEGIN",
                    "INSERT INTO user_account (id, name) VALUES (?, ?) | [1, a] [2, b]", "COMMIT");
            assertThatThrownBy(() -> assertSqlExecution(engine, () -> engine.begin(conn ->
                    conn.execute(text("SELECT 1")).all()))).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("statements executed");
            assertThatThrownBy(() -> assertSqlExecution(engine, () -> engine.begin(conn ->
                    conn.execute(text("SELECT 1")).all()), compiledSql("SELECT 2")))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("SQL of statement 1");
        }
    }
}
