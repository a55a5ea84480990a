package io.alchemy.engine;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.foreignKeyConstraint;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.Insert;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.List;
import java.util.Map;

/**
 * The reference's INSERT … RETURNING examples with many parameter sets (S4 capability 8, E4.7, and the
 * insertmanyvalues lines of E7.3 issued through Core) on every database, echo included.
 */
class TutorialInsertManyValuesTest {
    private final MetaData metadata = new MetaData();
    private final Table user = metadata.table("user_account", column("id", Types.INTEGER).primaryKey(),
            column("name", Types.string(30)), column("fullname", Types.STRING));
    private final Table address = metadata.table("address", column("id", Types.INTEGER).primaryKey(),
            column("user_id", Types.INTEGER), column("email_address", Types.STRING).nullable(false),
            foreignKeyConstraint(List.of("user_id"), List.of("user_account.id")));
    private final List<Map<String, Object>> newUsers = List.of(
            Map.of("name", "squidward", "fullname", "Squidward Tentacles"),
            Map.of("name", "ehkrabs", "fullname", "Eugene H. Krabs"));

    private Engine loaded(TestDatabase db) {
        Engine engine = db.engine(EngineOptions.builder().echo(true).build());
        metadata.createAll(engine);
        engine.begin(conn -> conn.execute(insert(user), List.of(Map.of("name", "spongebob", "fullname", "Spongebob Squarepants"),
                Map.of("name", "sandy", "fullname", "Sandy Cheeks"), Map.of("name", "patrick", "fullname", "Patrick Star"))));
        return engine;
    }

    private static List<String> withoutTimings(List<String> lines) {
        return lines.stream().map(line -> line.replaceFirst("^\\[generated in \\d+\\.\\d{5}s", "[generated in …s")).toList();
    }

    @MatrixTest
    void e7_3_newUsersGetTheirIdsInOrderAndEchoShowsEachBatch(TestDatabase db) {
        Engine engine = loaded(db);
        List<Object> ids;
        try (LogCapture echo = LogCapture.echo(); Connection conn = engine.connect()) {
            ids = conn.execute(insert(user).returning(user.c("id")), newUsers).scalars().all();
            conn.commit();
            List<String> expected = switch (db.name()) {
                case "sqlite" -> List.of("BEGIN (implicit)",
                        "INSERT INTO user_account (name, fullname) VALUES (?, ?) RETURNING id",
                        "[generated in …s (insertmanyvalues) 1/2 (ordered; batch not supported)] ('squidward', 'Squidward Tentacles')",
                        "INSERT INTO user_account (name, fullname) VALUES (?, ?) RETURNING id",
                        "[insertmanyvalues 2/2 (ordered; batch not supported)] ('ehkrabs', 'Eugene H. Krabs')", "COMMIT");
                case "postgresql" -> List.of("BEGIN (implicit)",
                        "INSERT INTO user_account (name, fullname) SELECT p0, p1 FROM (VALUES (?, ?, 0), (?, ?, 1)) "
                                + "AS imp_sen(p0, p1, sen_counter) ORDER BY sen_counter RETURNING user_account.id",
                        "[generated in …s (insertmanyvalues) 1/1 (ordered)] ('squidward', 'Squidward Tentacles', 'ehkrabs', 'Eugene H. Krabs')",
                        "COMMIT");
                case "h2" -> List.of("BEGIN (implicit)",
                        "SELECT id FROM FINAL TABLE (INSERT INTO user_account (name, fullname) VALUES (?, ?), (?, ?))",
                        "[generated in …s (insertmanyvalues) 1/1 (ordered)] ('squidward', 'Squidward Tentacles', 'ehkrabs', 'Eugene H. Krabs')",
                        "COMMIT");
                default -> List.of("BEGIN (implicit)",
                        "INSERT INTO user_account (name, fullname) VALUES (?, ?), (?, ?) RETURNING id",
                        "[generated in …s (insertmanyvalues) 1/1 (ordered)] ('squidward', 'Squidward Tentacles', 'ehkrabs', 'Eugene H. Krabs')",
                        "COMMIT");
            };
            assertThat(withoutTimings(echo.lines())).containsExactlyElementsOf(expected);
        }
        assertThat(ids).containsExactly(4, 5);
    }

    @MatrixTest
    void e4_7_returningOnEveryDatabaseForOneRowAndForMany(TestDatabase db) {
        Engine engine = loaded(db);
        Insert stmt = insert(address).returning(address.c("id"), address.c("email_address"));
        assertCompile(stmt, "INSERT INTO address (id, user_id, email_address) VALUES (:id, :user_id, "
                + ":email_address) RETURNING address.id, address.email_address");
        List<Row> one = engine.transaction(conn -> conn.execute(stmt,
                Map.of("user_id", 1, "email_address", "spongebob@sqlalchemy.org")).all());
        assertThat(one).extracting(Row::values).containsExactly(List.of(1, "spongebob@sqlalchemy.org"));
        List<Row> many = engine.transaction(conn -> conn.execute(stmt, List.of(
                Map.of("user_id", 2, "email_address", "sandy@sqlalchemy.org"),
                Map.of("user_id", 2, "email_address", "sandy@squirrelpower.org"),
                Map.of("user_id", 3, "email_address", "patrick@aol.com"))).all());
        assertThat(many).extracting(Row::values).containsExactly(List.of(2, "sandy@sqlalchemy.org"),
                List.of(3, "sandy@squirrelpower.org"), List.of(4, "patrick@aol.com"));
        assertThat(many.get(0).keys()).containsExactly("id", "email_address");
    }

    @MatrixTest
    void s4_returningFromAnExecutemanyWithAScalarSubqueryValue(TestDatabase db) {
        Engine engine = loaded(db);
        io.alchemy.sql.Select userId = io.alchemy.Alchemy.select(user.c("id"))
                .where(user.c("name").eq(io.alchemy.Alchemy.bindparam("username")));
        Insert stmt = insert(address).values(Map.of("user_id", userId.scalarSubquery()))
                .returning(address.c("id"), address.c("user_id"));
        List<Row> rows = engine.transaction(conn -> conn.execute(stmt, List.of(
                Map.of("username", "spongebob", "email_address", "spongebob@sqlalchemy.org"),
                Map.of("username", "sandy", "email_address", "sandy@sqlalchemy.org"),
                Map.of("username", "sandy", "email_address", "sandy@squirrelpower.org"))).all());
        assertThat(rows).extracting(Row::values).containsExactly(List.of(1, 1), List.of(2, 2), List.of(3, 2));
    }
}
