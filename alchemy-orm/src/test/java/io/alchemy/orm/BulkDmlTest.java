package io.alchemy.orm;

import static io.alchemy.Alchemy.delete;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.literal;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.exc.UnevaluatableError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ObjectState;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.Address_;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * ORM-enabled bulk statements: {@code insert(User.class)} with parameter sets by attribute name, {@code update(User.class)}
 * by primary key, and UPDATE/DELETE with WHERE under each synchronize-session mode, checked against the objects in
 * the Session and the rows in the database.
 */
class BulkDmlTest {

    @MatrixTest
    void bulkInsertTakesAttributeNames(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            long inserted = session.execute(insert(Address.class), List.of(
                    Map.of("emailAddress", "patrick@aol.com", "userId", 3),
                    Map.of("emailAddress", "patrick@gmail.com", "userId", 3))).rowcount();
            assertThat(inserted).isEqualTo(2);
            if (db.name().equals("sqlite")) {
                assertThat(log.take()).containsExactly("BEGIN (implicit)",
                        "INSERT INTO address (email_address, user_id) VALUES (?, ?) | [patrick@aol.com, 3] [patrick@gmail.com, 3]");
            }
            long mixed = session.execute(insert(User.class), List.of(Map.of("name", "squidward", "fullname", "S. T."),
                    Map.of("name", "ehkrabs"), Map.of("name", "gary"))).rowcount();
            assertThat(mixed).isEqualTo(3);
            session.commit();
            assertThat(session.scalars(select(Address_.emailAddress).where(Address_.userId.eq(3))
                    .orderBy(Address_.id)).all()).containsExactly("patrick@aol.com", "patrick@gmail.com");
            assertThat(session.scalars(select(User_.fullname).where(User_.id.gt(3)).orderBy(User_.id)).all())
                    .containsExactly("S. T.", null, null);
        }
    }

    @MatrixTest
    void badBulkParametersWriteNothing(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            assertThatThrownBy(() -> session.execute(insert(Address.class), List.of(
                    Map.of("emailAddress", "a@b.c", "userId", 1), Map.of("email_address", "x@y.z", "userId", 1))))
                    .isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("Parameter set 1 names 'email_address', which is not a column attribute of "
                            + "Address");
            assertThatThrownBy(() -> session.execute(update(User.class), List.of(Map.of("id", 1, "fullname", "x"),
                    Map.of("fullname", "y")))).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("needs 'id' in every parameter set; set 1 has [fullname]");
            assertThatThrownBy(() -> session.execute(update(User.class), List.of(Map.of("id", 1))))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("sets no column");
            assertThatThrownBy(() -> session.execute(delete(User.class), List.of(Map.of("id", 1))))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("takes no list of parameter sets");
            assertThat(session.scalarOne(select(func.count(Address_.id)))).isEqualTo(3);
            assertThat(session.scalarOne(select(User_.fullname).where(User_.id.eq(1)))).isEqualTo("Spongebob Squarepants");
        }
    }

    @MatrixTest
    void bulkUpdateByPrimaryKeySynchronizesLoadedObjects(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            User spongebob = session.get(User.class, 1);
            User sandy = session.get(User.class, 2);
            sandy.setFullname("changed in memory");
            log.take();
            long updated = session.execute(update(User.class), List.of(Map.of("id", 1, "fullname", "Spongebob II"),
                    Map.of("id", 3, "fullname", "Patrick Star"))).rowcount();
            assertThat(updated).isEqualTo(2);
            List<String> sql = log.take();
            if (db.name().equals("sqlite")) {
                assertThat(sql).containsExactly(
                        "UPDATE user_account SET fullname=? WHERE user_account.id = ? | [changed in memory, 2]",
                        "UPDATE user_account SET fullname=? WHERE user_account.id = ? | [Spongebob II, 1] [Patrick Star, 3]");
            }
            assertThat(spongebob.getFullname()).isEqualTo("Spongebob II");
            assertThat(session.isModified(spongebob)).isFalse();
            assertThat(log.take()).isEmpty();
            session.execute(update(User.class), List.of(Map.of("id", 1, "fullname", "not synchronized")),
                    SynchronizeSession.NONE);
            assertThat(spongebob.getFullname()).isEqualTo("Spongebob II");
            session.commit();
            assertThat(spongebob.getFullname()).isEqualTo("not synchronized");
            assertThat(session.get(User.class, 3).getFullname()).isEqualTo("Patrick Star");
        }
    }

    @MatrixTest
    void updateWithCriteriaEvaluatesInJava(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.scalars(select(User.class).orderBy(User_.id)).all();
            log.take();
            long count = session.execute(update(User.class).where(User_.name.in("sandy", "patrick"), User_.id.ne(3))
                    .values(Map.of("fullname", literal("Ms. ").concat(User_.name)))).rowcount();
            assertThat(count).isEqualTo(1);
            assertThat(log.take()).hasSize(1);
            assertThat(users).extracting(User::getFullname)
                    .containsExactly("Spongebob Squarepants", "Ms. sandy", "Patrick McStar");
            assertThat(session.dirty()).isEmpty();
            assertThat(log.take()).isEmpty();

            session.execute(update(User.class).where(User_.id.eq(1)).values(Map.of("fullname", func.upper(User_.name))),
                    SynchronizeSession.EVALUATE);
            assertThat(users.get(0).getFullname()).isEqualTo("SPONGEBOB");   // unevaluatable value: expired, reloaded
            assertThat(log.take()).hasSize(2);

            assertThatThrownBy(() -> session.execute(update(User.class).where(User_.name.like("s%"))
                    .values(Map.of("fullname", "x")), SynchronizeSession.EVALUATE))
                    .isInstanceOf(UnevaluatableError.class).hasMessageContaining("SynchronizeSession.FETCH");
            assertThat(log.take()).isEmpty();
            session.commit();
        }
    }

    @MatrixTest
    void updateWithCriteriaFetchesMatchedKeys(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.scalars(select(User.class).orderBy(User_.id)).all();
            log.take();
            long count = session.execute(update(User.class).where(User_.name.like("s%"))   // AUTO: LIKE is fetched
                    .values(Map.of("fullname", "an S"))).rowcount();
            assertThat(count).isEqualTo(2);
            List<String> sql = log.take();
            if (db.name().equals("sqlite")) {
                assertThat(sql).containsExactly("UPDATE user_account SET fullname=? WHERE user_account.name LIKE ? "
                        + "RETURNING id | [an S, s%]");
            } else {
                assertThat(sql).isNotEmpty();
            }
            assertThat(users).extracting(User::getFullname).containsExactly("an S", "an S", "Patrick McStar");
            session.execute(update(User.class).where(User_.id.eq(3)).values(Map.of("fullname", "P")),
                    SynchronizeSession.FETCH);
            assertThat(users.get(2).getFullname()).isEqualTo("P");
            session.commit();
            assertThat(session.scalars(select(User_.fullname).orderBy(User_.id)).all()).containsExactly("an S", "an S", "P");
        }
    }

    @MatrixTest
    void deleteWithCriteriaRemovesObjectsUntilRollback(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            List<Address> addresses = session.scalars(select(Address.class).orderBy(Address_.id)).all();
            long evaluated = session.execute(delete(Address.class).where(Address_.userId.eq(2))).rowcount();
            assertThat(evaluated).isEqualTo(2);
            assertThat(InstanceState.of(addresses.get(1)).state()).isEqualTo(ObjectState.DELETED);
            assertThat(InstanceState.of(addresses.get(0)).state()).isEqualTo(ObjectState.PERSISTENT);
            session.execute(delete(Address.class).where(Address_.emailAddress.like("spongebob%")),
                    SynchronizeSession.FETCH);
            assertThat(InstanceState.of(addresses.get(0)).state()).isEqualTo(ObjectState.DELETED);
            assertThat(session.scalarOne(select(func.count(Address_.id)))).isEqualTo(0);
            session.rollback();
            assertThat(addresses).allSatisfy(a -> assertThat(InstanceState.of(a).state()).isEqualTo(ObjectState.PERSISTENT));
            assertThat(session.scalarOne(select(func.count(Address_.id)))).isEqualTo(3);
            assertThat(session.get(Address.class, 2)).isSameAs(addresses.get(1));
        }
    }

    @MatrixTest
    void evaluationTreatsNullAsSqlDoes(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            User gary = new User("gary", null);
            session.add(gary);
            List<User> users = session.scalars(select(User.class).orderBy(User_.id)).all();   // autoflush
            long count = session.execute(update(User.class).where(User_.fullname.ne("Sandy Cheeks"))
                    .values(Map.of("name", literal("x").concat(User_.name))), SynchronizeSession.EVALUATE).rowcount();
            assertThat(count).isEqualTo(2);
            assertThat(users).extracting(User::getName).containsExactly("xspongebob", "sandy", "xpatrick", "gary");
            session.commit();
            assertThat(session.scalars(select(User_.name).orderBy(User_.id)).all())
                    .containsExactly("xspongebob", "sandy", "xpatrick", "gary");
        }
    }
}
