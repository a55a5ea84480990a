package io.alchemy.orm;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.exc.IntegrityError;
import io.alchemy.orm.exc.FlushError;
import io.alchemy.orm.exc.PendingRollbackError;
import io.alchemy.orm.exc.StaleDataError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ObjectState;
import io.alchemy.orm.model.Document;
import io.alchemy.orm.model.Tag;
import io.alchemy.orm.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/** A flush that cannot or must not happen: a clear error, nothing half-written, the Session usable after rollback. */
class FlushErrorsTest {

    @MatrixTest
    void aFailedStatementRollsBackTheWholeFlushUntilRollback(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            User good = new User("gary", "Gary the Snail");
            User bad = new User(null, "No Name");
            session.addAll(List.of(good, bad));
            assertThatThrownBy(session::flush).isInstanceOf(IntegrityError.class);
            assertThatThrownBy(() -> session.get(User.class, 1)).isInstanceOf(PendingRollbackError.class)
                    .hasMessageContaining("first issue Session.rollback()");
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackError.class);
            assertThat(count(engine)).isEqualTo(3);

            session.rollback();
            assertThat(InstanceState.of(good).state()).isEqualTo(ObjectState.TRANSIENT);
            assertThat(session.newObjects()).isEmpty();
            bad.setName("larry");
            session.addAll(List.of(good, bad));
            session.commit();
        }
        assertThat(count(engine)).isEqualTo(5);
    }

    @MatrixTest
    void twoNewObjectsCannotClaimOneKeyNorTakeAPersistentOnesKey(TestDatabase db) {
        Engine engine = db.engine();
        Registry.of(Tag.class).metadata().createAll(engine);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            session.addAll(List.of(new Tag("red"), new Tag("red")));
            assertThatThrownBy(session::flush).isInstanceOf(FlushError.class)
                    .hasMessageMatching("New instance <Tag at 0x[0-9a-f]+> with identity key \\(Tag, \\(red,\\)\\) "
                            + "conflicts with pending instance <Tag at 0x[0-9a-f]+>");
            assertThat(log.take()).noneMatch(l -> l.startsWith("INSERT"));
            session.rollback();

            session.add(new Tag("red"));
            session.flush();
            session.add(new Tag("red"));
            assertThatThrownBy(session::flush).isInstanceOf(FlushError.class).hasMessageContaining("persistent instance");
            session.rollback();

            session.add(new Tag(null));
            assertThatThrownBy(session::flush).isInstanceOf(FlushError.class)
                    .hasMessageContaining("has a NULL identity key: primary key attribute Tag.code must be set");
        }
    }

    @MatrixTest
    void aVersionCounterDetectsAConcurrentChange(TestDatabase db) {
        Engine engine = db.engine();
        Registry.of(Document.class).metadata().createAll(engine);
        SqlRecorder log = SqlRecorder.on(engine);
        int id;
        try (Session session = new Session(engine)) {
            Document doc = new Document("draft");
            session.add(doc);
            session.flush();
            assertThat(doc.getVersion()).isEqualTo(1);
            doc.setTitle("second draft");
            session.flush();
            assertThat(doc.getVersion()).isEqualTo(2);
            if (db.name().equals("sqlite")) {
                assertThat(log.take()).contains("UPDATE document SET title=?, version=? WHERE document.id = ? "
                        + "AND document.version = ? | [second draft, 2, 1, 1]");
            }
            session.commit();
            id = doc.getId();
        }
        SessionOptions keepLoaded = SessionOptions.DEFAULTS.withExpireOnCommit(false);
        try (Session mine = new Session(engine, keepLoaded); Session theirs = new Session(engine)) {
            Document doc = mine.get(Document.class, id);
            mine.commit();
            Document same = theirs.get(Document.class, id);
            same.setTitle("their change");
            theirs.commit();

            doc.setTitle("my change");
            assertThatThrownBy(mine::flush).isInstanceOf(StaleDataError.class)
                    .hasMessage("UPDATE statement on table 'document' expected to update 1 row(s); 0 were matched.");
            mine.rollback();
            assertThat(doc.getTitle()).isEqualTo("their change");
            assertThat(doc.getVersion()).isEqualTo(3);
            mine.commit();

            Document again = theirs.get(Document.class, id);
            again.setTitle("their second change");
            theirs.commit();
            mine.delete(doc);
            assertThatThrownBy(mine::flush).isInstanceOf(StaleDataError.class)
                    .hasMessage("DELETE statement on table 'document' expected to delete 1 row(s); 0 were matched.");
            mine.rollback();
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT title FROM document")).scalarOne(String.class))
                    .isEqualTo("their second change");
        }
    }

    private static int count(Engine engine) {
        try (Connection conn = engine.connect()) {
            return conn.execute(text("SELECT count(*) FROM user_account")).scalarOne(Integer.class);
        }
    }
}
