package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/** Listeners on the options and on one Session hear flushes with something to write, commits and rollbacks. */
class SessionEventsTest {

    @MatrixTest
    void listenersHearFlushesCommitsAndRollbacks(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        List<String> heard = new ArrayList<>();
        SessionEvents listener = new SessionEvents() {
            @Override
            public void beforeFlush(Session session, FlushCounts counts) {
                heard.add("before " + counts);
            }

            @Override
            public void afterFlush(Session session, FlushCounts counts) {
                heard.add("after " + counts);
            }

            @Override
            public void afterCommit(Session session) {
                heard.add("commit");
            }

            @Override
            public void afterRollback(Session session) {
                heard.add("rollback");
            }
        };
        SessionFactory sessions = SessionFactory.of(engine).withEvents(listener);
        try (Session session = sessions.open()) {
            session.flush();
            User sandy = session.get(User.class, 2);
            sandy.setFullname("Sandy Squirrel");
            session.add(new User("gary", "Gary the Snail"));
            session.commit();
            session.delete(session.get(User.class, 3));
            session.flush();
            session.rollback();
        }
        assertThat(heard).containsExactly(
                "before FlushCounts[inserted=1, updated=1, deleted=0]",
                "after FlushCounts[inserted=1, updated=1, deleted=0]",
                "commit",
                "before FlushCounts[inserted=0, updated=0, deleted=1]",
                "after FlushCounts[inserted=0, updated=0, deleted=1]",
                "rollback");
    }

    @MatrixTest
    void theUpdatedCountIsTheObjectsWhoseRowsAreWrittenNotTheDirtyOnes(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        List<String> heard = new ArrayList<>();
        SessionEvents listener = new SessionEvents() {
            @Override
            public void beforeFlush(Session session, FlushCounts counts) {
                heard.add("before " + counts);
            }

            @Override
            public void afterFlush(Session session, FlushCounts counts) {
                heard.add("after " + counts);
            }
        };
        SqlRecorder sql = SqlRecorder.on(engine);
        try (Session session = SessionFactory.of(engine).withEvents(listener).open()) {
            User spongebob = session.get(User.class, 1);
            User sandy = session.get(User.class, 2);
            User patrick = session.get(User.class, 3);
            Address moved = sandy.getAddresses().get(0);
            patrick.getAddresses().size();
            spongebob.setFullname(spongebob.getFullname());
            sandy.setFullname("Sandy Squirrel");
            patrick.getAddresses().add(moved);
            assertThat(session.dirty()).contains(spongebob, sandy, patrick, moved);
            sql.take();
            session.flush();
            assertThat(sql.take()).filteredOn(s -> s.startsWith("UPDATE")).hasSize(2);
        }
        assertThat(heard).containsExactly(
                "before FlushCounts[inserted=0, updated=2, deleted=0]",
                "after FlushCounts[inserted=0, updated=2, deleted=0]");
    }

    @MatrixTest
    void aListenerAddedToOneSessionHearsOnlyIt(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        List<String> heard = new ArrayList<>();
        try (Session session = new Session(engine)) {
            session.addEvents(new SessionEvents() {
                @Override
                public void afterCommit(Session committed) {
                    heard.add("commit");
                }
            });
            session.commit();
        }
        try (Session other = new Session(engine)) {
            other.commit();
        }
        assertThat(heard).containsExactly("commit");
    }
}
