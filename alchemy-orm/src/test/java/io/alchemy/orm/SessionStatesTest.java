package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.exc.UnmappedClassError;
import io.alchemy.orm.exc.UnmappedInstanceError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ObjectState;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/** Object states and the Session's object operations: get, expire, refresh, expunge, merge, contains, dirty. */
class SessionStatesTest {

    @MatrixTest
    void getAnswersFromTheIdentityMapOrTheDatabase(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            User sandy = session.get(User.class, 2);
            assertThat(log.take()).hasSize(2);
            assertThat(session.get(User.class, 2L)).isSameAs(sandy);
            assertThat(session.get(User.class, List.of(2))).isSameAs(sandy);
            assertThat(log.take()).isEmpty();
            assertThat(session.get(User.class, 99)).isNull();
            assertThatThrownBy(() -> session.get(User.class, List.of(1, 2))).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("primary key of 1 column(s)");
            assertThatThrownBy(() -> session.get(String.class, 1)).isInstanceOf(UnmappedClassError.class);
        }
    }

    @MatrixTest
    void aQueryReturnsTheObjectAlreadyInTheIdentityMapWithoutOverwritingItsChanges(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine, SessionOptions.DEFAULTS.withAutoflush(false))) {
            User sandy = session.get(User.class, 2);
            sandy.setFullname("changed in memory");
            List<User> users = session.scalars(select(User.class).orderBy(User_.id)).all();
            assertThat(users).hasSize(3).contains(sandy);
            assertThat(sandy.getFullname()).isEqualTo("changed in memory");
        }
    }

    @MatrixTest
    void dirtyMeansSetWhileIsModifiedMeansChanged(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            User sandy = session.get(User.class, 2);
            sandy.setFullname("Sandy Cheeks");
            assertThat(session.dirty()).containsExactly(sandy);
            assertThat(session.isModified(sandy)).isFalse();
            log.take();
            session.flush();
            assertThat(log.take()).isEmpty();
            assertThat(session.dirty()).isEmpty();
            sandy.setFullname("Sandy Squirrel");
            assertThat(session.isModified(sandy)).isTrue();
        }
    }

    @MatrixTest
    void expireRefreshAndExpunge(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            User sandy = session.get(User.class, 2);
            sandy.setFullname("unsaved");
            session.expire(sandy, "fullname");
            assertThat(InstanceState.of(sandy).unloadedAttributes()).containsExactly("fullname");
            assertThat(sandy.getFullname()).isEqualTo("Sandy Cheeks");
            assertThat(session.dirty()).isEmpty();

            sandy.setName("sandra");
            session.refresh(sandy);
            assertThat(sandy.getName()).isEqualTo("sandy");
            assertThat(session.isModified(sandy)).isFalse();
            assertThatThrownBy(() -> session.expire(sandy, "nickname")).isInstanceOf(ArgumentError.class);

            session.expunge(sandy);
            assertThat(session.contains(sandy)).isFalse();
            assertThat(InstanceState.of(sandy).state()).isEqualTo(ObjectState.DETACHED);
            assertThat(session.get(User.class, 2)).isNotSameAs(sandy);
            assertThatThrownBy(() -> session.refresh(sandy)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("is not persistent within this Session");
            assertThatThrownBy(() -> session.expunge(sandy)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("is not present in this Session");
        }
    }

    @MatrixTest
    void aDetachedObjectCannotJoinASessionHoldingAnotherObjectForItsRow(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        User detached;
        try (Session first = new Session(engine, SessionOptions.DEFAULTS.withExpireOnCommit(false))) {
            detached = first.get(User.class, 1);
            first.commit();
        }
        assertThat(detached.getName()).isEqualTo("spongebob");
        try (Session second = new Session(engine)) {
            second.get(User.class, 1);
            assertThatThrownBy(() -> second.add(detached)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("another instance with key (User, (1,)) is already present");
        }
    }

    @MatrixTest
    void anObjectBelongsToOneSessionAtATime(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session first = new Session(engine); Session second = new Session(engine)) {
            User user = new User("plankton", "Sheldon Plankton");
            first.add(user);
            assertThatThrownBy(() -> second.add(user)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("is already attached to session");
            assertThatThrownBy(() -> first.delete(user)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("is not persisted");
            assertThatThrownBy(() -> first.add("not an entity")).isInstanceOf(UnmappedInstanceError.class)
                    .hasMessageContaining("Class 'java.lang.String' is not mapped");
            first.expunge(user);
            assertThat(InstanceState.of(user).state()).isEqualTo(ObjectState.TRANSIENT);
            second.add(user);
            assertThat(second.newObjects()).containsExactly(user);
        }
    }

    @MatrixTest
    void mergeCopiesOntoTheSessionsObject(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        User detached;
        try (Session first = new Session(engine, SessionOptions.DEFAULTS.withExpireOnCommit(false))) {
            detached = first.get(User.class, 3);
        }
        detached.setFullname("Patrick Star");
        try (Session second = new Session(engine)) {
            User merged = second.merge(detached);
            assertThat(merged).isNotSameAs(detached);
            assertThat(merged.getFullname()).isEqualTo("Patrick Star");
            assertThat(second.dirty()).containsExactly(merged);
            User fresh = second.merge(new User("gary", "Gary the Snail"));
            assertThat(second.newObjects()).containsExactly(fresh);
            second.commit();
        }
        try (Session third = new Session(engine)) {
            assertThat(third.get(User.class, 3).getFullname()).isEqualTo("Patrick Star");
            assertThat(third.scalarOne(select(User_.fullname).where(User_.name.eq("gary")), String.class))
                    .isEqualTo("Gary the Snail");
        }
    }

    @MatrixTest
    void expireOnCommitCanBeTurnedOff(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SessionFactory sessions = SessionFactory.of(engine, SessionOptions.DEFAULTS.withExpireOnCommit(false));
        User squidward = sessions.transaction(session -> {
            User user = new User("squidward", "Squidward Tentacles");
            session.add(user);
            return user;
        });
        assertThat(squidward.getName()).isEqualTo("squidward");
        assertThat(squidward.getId()).isEqualTo(4);
        assertThat(InstanceState.of(squidward).state()).isEqualTo(ObjectState.DETACHED);
    }
}
