package io.alchemy.orm;

import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.not;
import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.metamodel.RelationshipAttribute.withParent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.metamodel.Entity;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.Address_;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.ReferenceSql;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/**
 * Relationships in queries (reference §3, "Relationship WHERE operators", on the tutorial's data): joins along a
 * relationship, {@code any}, {@code has}, {@code eq}/{@code ne} with an object, {@code contains},
 * {@code withParent}; on SQLite the SQL is SQLAlchemy's.
 */
class RelationshipQueryTest {

    @MatrixTest
    void anyAndHas(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        ReferenceSql reference = ReferenceSql.on(db, log);
        try (Session session = new Session(engine)) {
            assertThat(session.scalars(select(User_.fullname).where(User_.addresses.any(
                    Address_.emailAddress.eq("sandy@squirrelpower.org")))).all()).containsExactly("Sandy Cheeks");
            reference.expectLast(
                    "SELECT user_account.fullname \nFROM user_account \nWHERE EXISTS (SELECT 1 \nFROM address \n"
                    + "WHERE user_account.id = address.user_id AND address.email_address = ?) | [sandy@squirrelpower.org]");

            assertThat(session.scalars(select(User_.fullname).where(not(User_.addresses.any()))).all())
                    .containsExactly("Patrick McStar");
            reference.expectLast(
                    "SELECT user_account.fullname \nFROM user_account \nWHERE NOT (EXISTS (SELECT 1 \nFROM address \n"
                    + "WHERE user_account.id = address.user_id)) | []");

            assertThat(session.scalars(select(Address_.emailAddress).where(Address_.user.has(User_.name.eq("sandy")))
                    .orderBy(Address_.id)).all()).containsExactly("sandy@sqlalchemy.org", "sandy@squirrelpower.org");
            reference.expectLast(
                    "SELECT address.email_address \nFROM address \nWHERE EXISTS (SELECT 1 \nFROM user_account \n"
                    + "WHERE user_account.id = address.user_id AND user_account.name = ?) ORDER BY address.id | [sandy]");
        }
    }

    @MatrixTest
    void comparisonsWithObjects(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        ReferenceSql reference = ReferenceSql.on(db, log);
        try (Session session = new Session(engine)) {
            User sandy = session.get(User.class, 2);
            Address first = session.get(Address.class, 1);
            log.take();

            assertThat(session.scalars(select(Address.class).where(Address_.user.eq(sandy)).orderBy(Address_.id)).all())
                    .extracting(Address::getId).containsExactly(2, 3);
            reference.expectLast("SELECT address.id, address.email_address, address.user_id \nFROM address \n"
                    + "WHERE ? = address.user_id ORDER BY address.id | [2]");

            assertThat(session.scalars(select(Address.class).where(Address_.user.ne(sandy))).all())
                    .extracting(Address::getId).containsExactly(1);
            reference.expectLast("SELECT address.id, address.email_address, address.user_id \nFROM address \n"
                    + "WHERE address.user_id != ? OR address.user_id IS NULL | [2]");

            assertThat(session.scalars(select(User.class).where(User_.addresses.contains(first))).all())
                    .extracting(User::getName).containsExactly("spongebob");
            reference.expectLast(
                    "SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account \n"
                    + "WHERE user_account.id = ? | [1]");

            assertThat(session.scalars(select(Address.class).where(withParent(sandy, User_.addresses))
                    .orderBy(Address_.id)).all()).extracting(Address::getId).containsExactly(2, 3);
            reference.expectLast("SELECT address.id, address.email_address, address.user_id \nFROM address \n"
                    + "WHERE ? = address.user_id ORDER BY address.id | [2]");

            assertThatThrownBy(() -> User_.addresses.eq(first)).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("use contains() or any() for User.addresses");
            assertThatThrownBy(() -> Address_.user.contains(sandy)).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("Address.user is MANY_TO_ONE");
        }
    }

    @MatrixTest
    void joinsAlongRelationships(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        ReferenceSql reference = ReferenceSql.on(db, log);
        try (Session session = new Session(engine)) {
            assertThat(session.scalars(select(Address_.emailAddress).join(Address_.user)
                    .where(User_.name.eq("sandy")).orderBy(Address_.id)).all())
                    .containsExactly("sandy@sqlalchemy.org", "sandy@squirrelpower.org");
            reference.expectLast("SELECT address.email_address \nFROM address JOIN user_account ON user_account.id = "
                    + "address.user_id \nWHERE user_account.name = ? ORDER BY address.id | [sandy]");

            List<Object> counts = session.execute(select(User_.name, func.count(Address_.id))
                    .selectFrom(Entity.of(User.class)).outerjoin(User_.addresses).groupBy(User_.name)
                    .orderBy(User_.name)).all().stream().map(r -> r.get(0) + "=" + r.get(1)).map(Object.class::cast)
                    .toList();
            assertThat(counts).containsExactly("patrick=0", "sandy=2", "spongebob=1");
            reference.expectLast(
                    "SELECT user_account.name, count(address.id) AS count_1 \nFROM user_account LEFT OUTER JOIN "
                    + "address ON user_account.id = address.user_id GROUP BY user_account.name ORDER BY "
                    + "user_account.name | []");
        }
    }
}
