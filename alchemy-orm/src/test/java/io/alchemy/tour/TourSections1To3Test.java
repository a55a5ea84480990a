package io.alchemy.tour;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.createEngine;
import static io.alchemy.Alchemy.text;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.STRING;
import static io.alchemy.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.EngineOptions;
import io.alchemy.engine.Result;
import io.alchemy.engine.Row;
import io.alchemy.orm.Session;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * TOUR.md sections 1 to 3 as written (docs that compile and execute), on every database of the matrix, with the
 * tutorial's rows (reference S1-S3).
 */
class TourSections1To3Test {

    @Test
    void section1EnginesConnectLazily() {
        Engine engine = createEngine("jdbc:sqlite::memory:", EngineOptions.builder().echo(true).build());   // E1
        Engine pg = createEngine("jdbc:postgresql://127.0.0.1:1/nowhere?user=postgres");   // lazy: no connection yet
        assertThat(engine.dialect().name()).isEqualTo("sqlite");
        assertThat(pg.dialect().name()).isEqualTo("postgresql");
        engine.dispose();
        pg.dispose();
    }

    @MatrixTest
    void section2TransactionsAndTextualSql(TestDatabase db) {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {                                    // E2.1
            Result result = conn.execute(text("select 'hello world'"));
            List<Row> rows = result.all();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get(0)).isEqualTo("hello world");
            assertThat(rows.get(0)).hasToString("('hello world',)");
        }

        try (Connection conn = engine.connect()) {                                    // E2.2 commit as you go
            conn.execute(text("CREATE TABLE some_table (x int, y int)"));
            conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),
                    List.of(Map.of("x", 1, "y", 1), Map.of("x", 2, "y", 4)));
            conn.commit();
        }

        engine.begin(conn -> conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),   // E2.3 begin once
                List.of(Map.of("x", 6, "y", 8), Map.of("x", 9, "y", 10))));
        int total = engine.transaction(conn -> conn.execute(text("SELECT count(*) FROM some_table")).scalarOne(Integer.class));
        assertThat(total).isEqualTo(4);

        List<String> seen = new ArrayList<>();
        try (Connection conn = engine.connect()) {                                    // E2.4, E2.5
            for (Row row : conn.execute(text("SELECT x, y FROM some_table WHERE y > :y"), Map.of("y", 2))) {
                int x = row.get("x", Integer.class);
                Object y = row.get(1);
                Map<String, Object> m = row.mapping();
                assertThat(m).containsEntry("x", x).containsEntry("y", y);
                seen.add(x + ":" + y);
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("2:4", "6:8", "9:10");

        engine.begin(conn -> conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),   // E2.6
                List.of(Map.of("x", 11, "y", 12), Map.of("x", 13, "y", 14))));

        try (Session session = new Session(engine)) {                                 // E2.7, E2.8
            Result r = session.execute(text("SELECT x, y FROM some_table WHERE y > :y ORDER BY x, y"), Map.of("y", 6));
            assertThat(r.all()).extracting(Row::values)
                    .containsExactly(List.of(6, 8), List.of(9, 10), List.of(11, 12), List.of(13, 14));
            session.execute(text("UPDATE some_table SET y=:y WHERE x=:x"),
                    List.of(Map.of("x", 9, "y", 11), Map.of("x", 13, "y", 15)));
            session.commit();
        }

        try (Connection conn = engine.connect()) {                                    // final rows (reference §1.2)
            assertThat(conn.execute(text("SELECT x, y FROM some_table ORDER BY x")).all()).extracting(Row::values)
                    .containsExactly(List.of(1, 1), List.of(2, 4), List.of(6, 8), List.of(9, 11), List.of(11, 12), List.of(13, 15));
        }
    }

    @MatrixTest
    void section3Metadata(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = new MetaData();
        Table userTable = metadata.table("user_account",
                column("id", INTEGER).primaryKey(),
                column("name", string(30)),
                column("fullname", STRING));
        Table addressTable = metadata.table("address",
                column("id", INTEGER).primaryKey(),
                column("user_id").references("user_account.id").nullable(false),   // type taken from the FK target
                column("email_address", STRING).nullable(false));
        assertThat(userTable.c("name")).isNotNull();
        assertThat(userTable.columnKeys()).containsExactly("id", "name", "fullname");
        assertThat(userTable.primaryKey()).hasToString("PrimaryKeyConstraint(id)");
        assertThat(addressTable.foreignKeys()).hasToString("[ForeignKey(address.user_id -> user_account.id)]");
        assertThat(addressTable.c("user_id").type()).isEqualTo(INTEGER);
        assertThat(metadata.tables().get("user_account")).isSameAs(userTable);
        metadata.createAll(engine);                                                   // E3.1
        metadata.createAll(engine);                                                   // checks existence first: no error

        engine.begin(conn -> conn.execute(text("CREATE TABLE some_table (x int, y int)")));
        Table someTable = metadata.reflectTable("some_table", engine);               // E3.3
        assertThat(someTable.columnKeys()).containsExactly("x", "y");
        assertThat(someTable.c("x").type()).isEqualTo(INTEGER);

        metadata.dropAll(engine);
        assertThat(io.alchemy.Alchemy.inspect(engine).tableNames()).isEmpty();
    }
}
