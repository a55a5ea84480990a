package io.alchemy.engine;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.insert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.alchemy.dialect.mysql.MySQLDialect;
import io.alchemy.exc.CompileError;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.DatabaseMatrix;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The MySQL dialect, which has no RETURNING, on the MariaDB server of the matrix (skipped when it is not selected): an executemany INSERT … RETURNING
 * runs one INSERT per row and returns each row's generated key and given values, in parameter order.
 */
class MySQLReturningEmulationTest {
    private final MetaData metadata = new MetaData();
    private final Table user = metadata.table("user_account", column("id", Types.INTEGER).primaryKey(),
            column("name", Types.string(30)), column("fullname", Types.STRING),
            column("note", Types.string(10)).serverDefault("'new'"));

    private Engine mysqlEngine(TestDatabase db, EngineOptions options) throws Exception {
        Engine engine = db.onClose(Engines.fromSource(new DataSourceConnectionSource(new MariaDbDataSource(db.url())),
                new MySQLDialect(), options));
        metadata.createAll(engine);
        return engine;
    }

    @Test
    void generatedKeysAndGivenValuesComeBackInParameterOrder() throws Exception {
        assumeTrue(DatabaseMatrix.selected().contains("mariadb"), "needs the MariaDB server (alchemy.test.databases)");
        try (TestDatabase db = TestDatabase.fresh("mariadb")) {
            generatedKeysAndGivenValuesComeBackInParameterOrder(db);
        }
    }

    private void generatedKeysAndGivenValuesComeBackInParameterOrder(TestDatabase db) throws Exception {
        Engine engine = mysqlEngine(db, EngineOptions.builder().echo(true).build());
        List<Map<String, Object>> params = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            params.add(Map.of("name", "u" + i, "fullname", "User " + i));
        }
        List<Row> rows;
        try (LogCapture echo = LogCapture.echo()) {
            rows = engine.transaction(conn -> conn.execute(insert(user).returning(user.c("id"), user.c("fullname")), params)
                    .all());
            assertThat(echo.lines()).contains("INSERT INTO user_account (name, fullname) VALUES (?, ?)",
                    "[insertmanyvalues 30/30 (ordered; batch not supported)] ('u29', 'User 29')");
            assertThat(echo.lines().get(2)).endsWith(" (insertmanyvalues) 1/30 (ordered; batch not supported)] ('u0', 'User 0')");
        }
        assertThat(rows).hasSize(30);
        for (int i = 0; i < 30; i++) {
            assertThat(rows.get(i).values()).containsExactly(i + 1, "User " + i);
        }
        assertThat(rows.get(0).keys()).containsExactly("id", "fullname");
    }

    @Test
    void whatOnlyRealReturningCouldTellIsACompileError() throws Exception {
        assumeTrue(DatabaseMatrix.selected().contains("mariadb"), "needs the MariaDB server (alchemy.test.databases)");
        try (TestDatabase db = TestDatabase.fresh("mariadb")) {
            whatOnlyRealReturningCouldTellIsACompileError(db);
        }
    }

    private void whatOnlyRealReturningCouldTellIsACompileError(TestDatabase db) throws Exception {
        Engine engine = mysqlEngine(db, EngineOptions.DEFAULTS);
        List<Map<String, Object>> params = List.of(Map.of("name", "a"), Map.of("name", "b"));
        assertThatThrownBy(() -> engine.begin(conn -> conn.execute(insert(user).returning(user.c("note")), params)))
                .isInstanceOf(CompileError.class).hasMessageContaining("mysql dialect")
                .hasMessageContaining("column note");
        assertThatThrownBy(() -> engine.begin(conn -> conn.execute(insert(user).returning(user.c("id")), params.get(0))))
                .isInstanceOf(CompileError.class).hasMessage("RETURNING is not supported by the mysql dialect");
    }
}
