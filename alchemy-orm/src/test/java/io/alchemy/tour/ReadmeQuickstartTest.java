package io.alchemy.tour;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.delete;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.Alchemy.update;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.STRING;
import static io.alchemy.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** The README's quickstart, line for line, on every database of the matrix. */
class ReadmeQuickstartTest {

    @MatrixTest
    void coreQuickstart(TestDatabase db) {
        Engine engine = db.engine();

        // --- README: schema
        MetaData metadata = new MetaData();
        Table userTable = metadata.table("user_account",
                column("id", INTEGER).primaryKey(),
                column("name", string(30)),
                column("fullname", STRING));
        Table addressTable = metadata.table("address",
                column("id", INTEGER).primaryKey(),
                column("user_id").references("user_account.id").nullable(false),
                column("email_address", STRING).nullable(false));
        metadata.createAll(engine);

        // --- README: insert
        Object id = engine.transaction(conn -> conn.execute(insert(userTable)
                .values(Map.of("name", "spongebob", "fullname", "Spongebob Squarepants")))
                .insertedPrimaryKey().get(0));
        engine.begin(conn -> conn.execute(insert(userTable), List.of(
                Map.of("name", "sandy", "fullname", "Sandy Cheeks"),
                Map.of("name", "patrick", "fullname", "Patrick Star"))));
        engine.begin(conn -> conn.execute(insert(addressTable), List.of(
                Map.of("user_id", 2, "email_address", "sandy@sqlalchemy.org"),
                Map.of("user_id", 2, "email_address", "sandy@squirrelpower.org"))));

        // --- README: select
        List<String> names;
        List<Row> counts;
        try (Connection conn = engine.connect()) {
            names = conn.execute(select(userTable.c("name"))
                    .where(userTable.c("name").in(List.of("sandy", "patrick")))
                    .orderBy(userTable.c("name"))).scalars(String.class).all();
            counts = conn.execute(select(userTable.c("name"), func.count(addressTable.c("id")).label("n"))
                    .joinFrom(userTable, addressTable)
                    .groupBy(userTable.c("name"))).all();
        }

        // --- README: update and delete
        long updated = engine.transaction(conn -> conn.execute(update(userTable)
                .where(userTable.c("name").eq("patrick"))
                .values(Map.of("fullname", "Patrick McStar"))).rowcount());
        long deleted = engine.transaction(conn -> conn.execute(delete(addressTable)
                .where(addressTable.c("email_address").endswith("@squirrelpower.org"))).rowcount());

        assertThat(id).isEqualTo(1);
        assertThat(names).containsExactly("patrick", "sandy");
        assertThat(counts).hasSize(1);
        assertThat(counts.get(0).get("name")).isEqualTo("sandy");
        assertThat(counts.get(0).get("n", Integer.class)).isEqualTo(2);
        assertThat(updated).isEqualTo(1);
        assertThat(deleted).isEqualTo(1);
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT fullname FROM user_account WHERE name = :n"), Map.of("n", "patrick"))
                    .scalarOne(String.class)).isEqualTo("Patrick McStar");
        }
    }
}
