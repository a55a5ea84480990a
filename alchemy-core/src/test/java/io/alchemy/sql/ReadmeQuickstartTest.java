package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** The README quickstart's Core SELECT, INSERT, UPDATE and DELETE, as written there, on every database. */
class ReadmeQuickstartTest {

    @MatrixTest
    void coreQuickstart(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().create(engine);
        Table userTable = t.user;
        Table addressTable = t.address;

        engine.begin(conn -> {
            conn.execute(insert(userTable).values(Map.of("name", "spongebob", "fullname", "Spongebob Squarepants")));
            conn.execute(insert(userTable), List.of(Map.of("name", "sandy", "fullname", "Sandy Cheeks"),
                    Map.of("name", "patrick", "fullname", "Patrick Star")));
        });
        Select byName = select(userTable).where(userTable.c("name").eq("spongebob"));
        assertThat(byName.toString()).isEqualTo("SELECT user_account.id, user_account.name, user_account.fullname \n"
                + "FROM user_account \nWHERE user_account.name = :name_1");
        try (Connection conn = engine.connect()) {
            Row spongebob = conn.execute(byName).one();
            assertThat(Tutorial.values(spongebob)).isEqualTo(row(1, "spongebob", "Spongebob Squarepants"));
            List<Row> counts = conn.execute(select(userTable.c("name"), func.count(addressTable.c("id")).label("n"))
                    .outerjoin(addressTable)
                    .groupBy(userTable.c("name")).orderBy(userTable.c("name"))).all();
            assertThat(counts.stream().map(Tutorial::values)).containsExactly(row("patrick", 0), row("sandy", 0),
                    row("spongebob", 0));
        }
        engine.begin(conn -> {
            conn.execute(update(userTable).where(userTable.c("name").eq("patrick"))
                    .values(Map.of("fullname", "Patrick McStar")));
            conn.execute(delete(userTable).where(userTable.c("name").eq("sandy")));
        });
        assertThat(Tutorial.query(engine, select(userTable.c("fullname")).orderBy(userTable.c("id"))))
                .containsExactly(row("Spongebob Squarepants"), row("Patrick McStar"));
    }
}
