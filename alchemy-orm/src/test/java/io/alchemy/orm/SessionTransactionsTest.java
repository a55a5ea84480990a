package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ObjectState;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;

/** Savepoints, explicit begin without autobegin, the factory's transaction, autoflush switched off. */
class SessionTransactionsTest {

    @MatrixTest
    void rollingBackASavepointUndoesOnlyWhatWasFlushedInside(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            User gary = new User("gary", "Gary the Snail");
            session.add(gary);
            User sandy = session.get(User.class, 2);
            try (SessionTransaction savepoint = session.beginNested()) {
                assertThat(savepoint.isNested()).isTrue();
                User larry = new User("larry", "Larry the Lobster");
                session.add(larry);
                session.delete(sandy);
                session.flush();
                assertThat(session.contains(sandy)).isFalse();
                savepoint.rollback();
                assertThat(InstanceState.of(larry).state()).isEqualTo(ObjectState.TRANSIENT);
                assertThat(session.contains(sandy)).isTrue();
                assertThat(session.contains(gary)).isTrue();
            }
            try (SessionTransaction savepoint = session.beginNested()) {
                session.add(new User("pearl", "Pearl Krabs"));
                savepoint.commit();
                assertThatThrownBy(savepoint::commit).isInstanceOf(InvalidRequestError.class)
                        .hasMessageContaining("inactive");
            }
            session.commit();
            assertThat(session.scalars(select(User_.name).orderBy(User_.id)).all())
                    .containsExactly("spongebob", "sandy", "patrick", "gary", "pearl");
        }
    }

    @MatrixTest
    void withoutAutobeginATransactionMustBeBegun(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine, SessionOptions.DEFAULTS.withAutobegin(false))) {
            assertThatThrownBy(() -> session.get(User.class, 1)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Autobegin is disabled");
            try (SessionTransaction tx = session.begin()) {
                assertThatThrownBy(session::begin).isInstanceOf(InvalidRequestError.class)
                        .hasMessageContaining("already begun");
                session.add(new User("gary", "Gary the Snail"));
                tx.commit();
            }
            assertThat(session.inTransaction()).isFalse();
            assertThatThrownBy(() -> session.get(User.class, 1)).isInstanceOf(InvalidRequestError.class);
        }
    }

    @MatrixTest
    void theFactoryCommitsOrRollsBack(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SessionFactory sessions = SessionFactory.of(engine);
        sessions.begin(session -> session.add(new User("gary", "Gary the Snail")));
        assertThatThrownBy(() -> sessions.transaction(session -> {
            session.add(new User("larry", "Larry the Lobster"));
            session.flush();
            throw new IllegalStateException("changed my mind");
        })).hasMessage("changed my mind");
        try (Session session = sessions.open()) {
            assertThat(session.scalars(select(User_.name).orderBy(User_.id)).all())
                    .containsExactly("spongebob", "sandy", "patrick", "gary");
        }
    }

    @MatrixTest
    void withoutAutoflushQueriesDoNotSeePendingChanges(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine, SessionOptions.DEFAULTS.withAutoflush(false))) {
            session.get(User.class, 2).setFullname("Sandy Squirrel");
            assertThat(session.scalarOne(select(User_.fullname).where(User_.id.eq(2)), String.class))
                    .isEqualTo("Sandy Cheeks");
            session.flush();
            assertThat(session.scalarOne(select(User_.fullname).where(User_.id.eq(2)), String.class))
                    .isEqualTo("Sandy Squirrel");
        }
        try (Session session = new Session(engine)) {
            session.get(User.class, 2).setFullname("Sandy Squirrel");
            String seen = session.noAutoflush(
                    () -> session.scalarOne(select(User_.fullname).where(User_.id.eq(2)), String.class));
            assertThat(seen).isEqualTo("Sandy Cheeks");
        }
    }
}
