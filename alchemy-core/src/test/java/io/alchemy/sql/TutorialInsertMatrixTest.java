package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static io.alchemy.sql.Tutorial.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Result;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** S4 (E4.1-E4.8) executed on every database: the rows the tutorial inserts, and its inserted primary keys. */
class TutorialInsertMatrixTest {

    @MatrixTest
    void e4_2_singleInsertReportsItsPrimaryKey(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().create(engine);
        Result result = engine.transaction(conn -> conn.execute(insert(t.user)
                .values(Map.of("name", "spongebob", "fullname", "Spongebob Squarepants"))));
        assertThat(Tutorial.values(result.insertedPrimaryKey())).isEqualTo(row(1));
    }

    @MatrixTest
    void e4_4_e4_5_fixtureRows(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        assertThat(query(engine, select(t.user).orderBy(t.user.c("id")))).containsExactly(
                row(1, "spongebob", "Spongebob Squarepants"), row(2, "sandy", "Sandy Cheeks"),
                row(3, "patrick", "Patrick Star"));
        assertThat(query(engine, select(t.address).orderBy(t.address.c("id")))).containsExactly(
                row(1, 1, "spongebob@sqlalchemy.org"), row(2, 2, "sandy@sqlalchemy.org"),
                row(3, 2, "sandy@squirrelpower.org"));
    }

    @MatrixTest
    void e4_6_defaultValuesInsertsARow(TestDatabase db) {
        Engine engine = db.engine();
        io.alchemy.schema.MetaData metadata = new io.alchemy.schema.MetaData();
        io.alchemy.schema.Table counter = metadata.table("counter",
                column("id", io.alchemy.types.Types.INTEGER).primaryKey(),
                column("label", io.alchemy.types.Types.STRING));
        metadata.createAll(engine);
        engine.begin(conn -> {
            conn.execute(insert(counter).values());
            conn.execute(insert(counter));
        });
        assertThat(query(engine, select(counter).orderBy(counter.c("id"))))
                .containsExactly(row(1, null), row(2, null));
    }

    @MatrixTest
    void e4_7_returning(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Insert stmt = insert(t.address).values(Map.of("user_id", 1, "email_address", "spongebob@aol.com"))
                .returning(t.address.c("id"), t.address.c("email_address"));
        if (!engine.dialect().supportsReturning()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> stmt.compile(engine.dialect()))
                    .isInstanceOf(io.alchemy.exc.CompileError.class).hasMessageContaining("RETURNING");
            return;
        }
        assertThat(query(engine, stmt)).containsExactly(row(4, "spongebob@aol.com"));
    }

    @MatrixTest
    void e4_8_insertFromSelect(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Insert stmt = insert(t.address).fromSelect(List.of("user_id", "email_address"),
                select(t.user.c("id"), t.user.c("name").concat("@aol.com")));
        engine.begin(conn -> conn.execute(stmt));
        assertThat(query(engine, select(t.address.c("email_address"))
                .where(t.address.c("id").gt(3)).orderBy(t.address.c("email_address"))))
                .containsExactly(row("patrick@aol.com"), row("sandy@aol.com"), row("spongebob@aol.com"));
    }
}
