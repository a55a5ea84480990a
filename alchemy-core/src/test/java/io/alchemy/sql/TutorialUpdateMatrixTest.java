package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.CompileError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** S6 executed on every database: UPDATE and DELETE, their row counts and RETURNING (E6.1-E6.12). */
class TutorialUpdateMatrixTest {

    @MatrixTest
    void e6_1_e6_11_updateReportsRowcount(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        long count = engine.transaction(conn -> conn.execute(update(t.user).values(Map.of("fullname", "Patrick McStar"))
                .where(t.user.c("name").eq("patrick"))).rowcount());
        assertThat(count).isEqualTo(1);
        assertThat(query(engine, select(t.user.c("fullname")).where(t.user.c("id").eq(3)))).containsExactly(row("Patrick McStar"));
    }

    @MatrixTest
    void e6_2_updateToAnExpression(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        engine.begin(conn -> conn.execute(update(t.user).values(Map.of("fullname",
                literal("Username: ").concat(t.user.c("name"))))));
        assertThat(query(engine, select(t.user.c("fullname")).orderBy(t.user.c("id")))).containsExactly(
                row("Username: spongebob"), row("Username: sandy"), row("Username: patrick"));
    }

    @MatrixTest
    void e6_3_executemanyWithBindparams(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Update stmt = update(t.user).where(t.user.c("name").eq(bindparam("oldname"))).values(Map.of("name", bindparam("newname")));
        engine.begin(conn -> conn.execute(stmt, List.of(Map.of("oldname", "sandy", "newname", "ed"),
                Map.of("oldname", "wendy", "newname", "mary"), Map.of("oldname", "patrick", "newname", "jake"))));
        assertThat(query(engine, select(t.user.c("name")).orderBy(t.user.c("id")))).containsExactly(
                row("spongebob"), row("ed"), row("jake"));
    }

    @MatrixTest
    void e6_4_correlatedUpdate(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Update stmt = update(t.user).values(Map.of("fullname", select(t.address.c("email_address"))
                .where(t.address.c("user_id").eq(t.user.c("id"))).orderBy(t.address.c("id")).limit(1).scalarSubquery()));
        engine.begin(conn -> conn.execute(stmt));
        assertThat(query(engine, select(t.user.c("fullname")).orderBy(t.user.c("id")))).containsExactly(
                row("spongebob@sqlalchemy.org"), row("sandy@sqlalchemy.org"), row((Object) null));
    }

    @MatrixTest
    void e6_5_updateFromWhereSupported(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Update stmt = update(t.user).where(t.user.c("id").eq(t.address.c("user_id")))
                .where(t.address.c("email_address").eq("sandy@squirrelpower.org")).values(Map.of("fullname", "Sandy S"));
        if (!engine.dialect().supportsMultiTableUpdate()) {
            assertThatThrownBy(() -> stmt.compile(engine.dialect())).isInstanceOf(CompileError.class)
                    .hasMessageContaining("UPDATE with other tables");
            return;
        }
        engine.begin(conn -> conn.execute(stmt));
        assertThat(query(engine, select(t.user.c("fullname")).where(t.user.c("id").eq(2)))).containsExactly(row("Sandy S"));
    }

    @MatrixTest
    void e6_6_multiTableUpdateSetsColumnsOfBothTables(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Update stmt = update(t.user).where(t.user.c("id").eq(t.address.c("user_id")))
                .where(t.address.c("email_address").eq("sandy@squirrelpower.org"))
                .values(t.user.c("fullname"), "Pat").values(t.address.c("email_address"), "pat@aol.com");
        if (!engine.dialect().supportsMultiTableUpdateSet()) {
            assertThatThrownBy(() -> stmt.compile(engine.dialect())).isInstanceOf(CompileError.class)
                    .hasMessageContaining("address");
            return;
        }
        long matched = engine.transaction(conn -> conn.execute(stmt).rowcount());
        assertThat(matched).isEqualTo(2);
        assertThat(query(engine, select(t.user.c("fullname"), t.address.c("email_address")).joinFrom(t.user, t.address)
                .where(t.address.c("id").eq(3)))).containsExactly(row("Pat", "pat@aol.com"));
    }

    @MatrixTest
    void e6_8_orderedValues(TestDatabase db) throws Exception {
        db.run("CREATE TABLE some_table (x int, y int)", "INSERT INTO some_table (x, y) VALUES (1, 1)");
        Engine engine = db.engine();
        io.alchemy.schema.Table some = new io.alchemy.schema.MetaData().reflectTable("some_table", engine);
        engine.begin(conn -> conn.execute(update(some).orderedValues(List.of(Map.entry(some.c("y"), 20),
                Map.entry(some.c("x"), some.c("y").plus(10))))));
        List<Object> expectedX = db.name().equals("mariadb") ? row(30, 20) : row(11, 20);
        assertThat(query(engine, select(some.c("x"), some.c("y")))).containsExactly(expectedX);
    }

    @MatrixTest
    void e6_9_e6_10_delete(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        long deleted = engine.transaction(conn -> conn.execute(delete(t.address).where(t.address.c("user_id").eq(2))).rowcount());
        assertThat(deleted).isEqualTo(2);
        Delete multi = delete(t.address).where(t.address.c("user_id").eq(t.user.c("id")))
                .where(t.user.c("name").eq("spongebob"));
        if (!engine.dialect().supportsMultiTableDelete()) {
            assertThatThrownBy(() -> multi.compile(engine.dialect())).isInstanceOf(CompileError.class)
                    .hasMessageContaining("DELETE with other tables");
            return;
        }
        long viaJoin = engine.transaction(conn -> conn.execute(multi).rowcount());
        assertThat(viaJoin).isEqualTo(1);
        assertThat(query(engine, select(t.address.c("id")))).isEmpty();
    }

    @MatrixTest
    void e6_12_returning(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Update upd = update(t.user).where(t.user.c("name").eq("patrick")).values(Map.of("fullname", "Patrick the Star"))
                .returning(t.user.c("id"), t.user.c("name"));
        Delete del = delete(t.address).where(t.address.c("id").eq(3)).returning(t.address.c("id"), t.address.c("email_address"));
        if (!engine.dialect().supportsUpdateReturning()) {
            assertThatThrownBy(() -> upd.compile(engine.dialect())).isInstanceOf(CompileError.class)
                    .hasMessageContaining("RETURNING");
        } else {
            assertThat(query(engine, upd)).containsExactly(row(3, "patrick"));
        }
        assertThat(query(engine, del)).containsExactly(row(3, "sandy@squirrelpower.org"));
    }
}
