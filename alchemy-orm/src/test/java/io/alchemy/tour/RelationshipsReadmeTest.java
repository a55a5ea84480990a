package io.alchemy.tour;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.LoaderOptions.joinedload;
import static io.alchemy.orm.LoaderOptions.selectinload;
import static io.alchemy.orm.metamodel.RelationshipAttribute.withParent;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.Address_;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/** The README's relationships section (back-populates, cascade, eager loading, relationship criteria), everywhere. */
class RelationshipsReadmeTest {

    @MatrixTest
    void relationshipsWithEagerLoading(TestDatabase db) {
        Engine engine = db.engine();
        Registry.of(User.class, Address.class).metadata().createAll(engine);

        // --- README: relationships
        try (Session session = new Session(engine)) {
            User pearl = new User("pkrabs", "Pearl Krabs");
            pearl.getAddresses().add(new Address("pearl.krabs@gmail.com"));   // address.getUser() == pearl
            Address aol = new Address("pearl@aol.com", pearl);                // now in pearl.getAddresses() too
            session.add(pearl);                                  // cascade: both addresses are pending as well
            session.commit();                                    // INSERT user, then addresses with its new id

            List<User> users = session.scalars(select(User.class)
                    .options(selectinload(User_.addresses))).all();    // 2 statements for any number of users
            List<Address> addresses = session.scalars(select(Address.class)
                    .options(joinedload(Address_.user))).all();        // 1 statement: LEFT OUTER JOIN
            List<User> withAol = session.scalars(select(User.class)
                    .where(User_.addresses.any(Address_.emailAddress.like("%@aol.com")))).all();
            List<Address> pearls = session.scalars(select(Address.class)
                    .where(withParent(pearl, User_.addresses))).all();
            // --- end
            assertThat(aol.getUser()).isSameAs(pearl);
            assertThat(users).containsExactly(pearl);
            assertThat(pearl.getAddresses()).hasSize(2);
            assertThat(addresses).extracting(Address::getUser).containsOnly(pearl);
            assertThat(withAol).containsExactly(pearl);
            assertThat(pearls).containsExactlyInAnyOrderElementsOf(pearl.getAddresses());
        }
    }
}
