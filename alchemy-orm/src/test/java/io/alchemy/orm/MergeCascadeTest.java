package io.alchemy.orm;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** {@code Session.merge} follows relationships with the {@code merge} cascade (a default), as SQLAlchemy's does. */
class MergeCascadeTest {

    @MatrixTest
    void aDetachedGraphMergesWithItsChangedAndNewChildren(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        User detached;
        try (Session first = new Session(engine)) {
            detached = first.get(User.class, 2);
            assertThat(detached.getAddresses()).hasSize(2);
        }
        detached.getAddresses().get(0).setEmailAddress("sandy@cheeks.org");
        detached.getAddresses().add(new Address("sandy@treedome.org"));

        try (Session second = new Session(engine)) {
            User merged = second.merge(detached);
            assertThat(merged).isNotSameAs(detached);
            assertThat(second.contains(detached)).isFalse();
            assertThat(merged.getAddresses()).extracting(Address::getEmailAddress)
                    .containsExactly("sandy@cheeks.org", "sandy@squirrelpower.org", "sandy@treedome.org");
            assertThat(merged.getAddresses()).allSatisfy(a -> {
                assertThat(a.getUser()).isSameAs(merged);
                assertThat(second.contains(a)).isTrue();
            });
            assertThat(merged.getAddresses()).doesNotContainAnyElementsOf(detached.getAddresses());
            second.commit();
        }
        assertThat(emails(engine, 2)).containsExactly("sandy@cheeks.org", "sandy@squirrelpower.org",
                "sandy@treedome.org");
    }

    @MatrixTest
    void aTransientGraphBecomesPendingCopiesAndTheGivenObjectsStayOut(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        User given = new User("mrkrabs", "Eugene Krabs");
        Address address = new Address("krabs@krustykrab.com", given);
        try (Session session = new Session(engine)) {
            User merged = session.merge(given);
            assertThat(session.newObjects()).hasSize(2).doesNotContain(given, address);
            assertThat(merged.getAddresses()).singleElement().satisfies(a -> {
                assertThat(a).isNotSameAs(address);
                assertThat(a.getUser()).isSameAs(merged);
            });
            session.commit();
            assertThat(emails(engine, merged.getId())).containsExactly("krabs@krustykrab.com");
        }
        assertThat(given.getId()).isNull();
    }

    @MatrixTest
    void removingAChildFromTheDetachedCollectionDetachesItOnMerge(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        User detached;
        try (Session first = new Session(engine)) {
            detached = first.get(User.class, 2);
            detached.getAddresses().size();
        }
        detached.getAddresses().remove(1);
        try (Session second = new Session(engine)) {
            User merged = second.merge(detached);
            assertThat(merged.getAddresses()).extracting(Address::getEmailAddress)
                    .containsExactly("sandy@sqlalchemy.org");
            second.commit();
        }
        assertThat(emails(engine, 2)).containsExactly("sandy@sqlalchemy.org");
        assertThat(engine.transaction(conn -> conn.execute(
                text("SELECT count(*) FROM address WHERE user_id IS NULL")).scalarOne()).toString()).isEqualTo("1");
    }

    @MatrixTest
    void anUnloadedRelationshipIsLeftAsTheDatabaseHasIt(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        User detached;
        try (Session first = new Session(engine)) {
            detached = first.get(User.class, 2);
        }
        detached.setFullname("Sandy Squirrel");
        try (Session second = new Session(engine)) {
            User merged = second.merge(detached);
            assertThat(merged.getFullname()).isEqualTo("Sandy Squirrel");
            assertThat(merged.getAddresses()).hasSize(2);
            second.commit();
        }
        assertThat(emails(engine, 2)).hasSize(2);
    }

    private static List<String> emails(Engine engine, int userId) {
        return engine.transaction(conn -> conn.execute(
                text("SELECT email_address FROM address WHERE user_id = :id ORDER BY id"), Map.of("id", userId))
                .all().stream().map(row -> row.get(0, String.class)).toList());
    }
}
