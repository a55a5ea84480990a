package io.alchemy.tour;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/** The README's ORM quickstart (mapping, add/flush/commit, a typed query, a change), on every database. */
class OrmQuickstartTest {

    @MatrixTest
    void ormQuickstart(TestDatabase db) {
        Engine engine = db.engine();

        // --- README: ORM
        Registry registry = Registry.of(User.class, Address.class);
        registry.metadata().createAll(engine);

        try (Session session = new Session(engine)) {
            User spongebob = new User("spongebob", "Spongebob Squarepants");
            session.add(spongebob);
            session.add(new User("sandy", "Sandy Cheeks"));
            session.flush();                                   // INSERTs; ids fetched
            assertThat(spongebob.getId()).isEqualTo(1);
            assertThat(session.get(User.class, 1)).isSameAs(spongebob);   // identity map, no SQL
            session.commit();
        }

        try (Session session = new Session(engine)) {
            User sandy = session.scalarOne(select(User.class).where(User_.name.eq("sandy")));
            sandy.setFullname("Sandy Squirrel");               // tracked: UPDATE of fullname only, at commit
            List<String> names = session.scalars(select(User_.name).orderBy(User_.name)).all();
            List<User> users = session.scalars(select(User.class).orderBy(User_.id)).all();
            session.commit();
            assertThat(names).containsExactly("sandy", "spongebob");
            assertThat(users).containsExactly(session.get(User.class, 1), sandy);
        }
        // --- end

        try (Session session = new Session(engine)) {
            assertThat(session.get(User.class, 2).getFullname()).isEqualTo("Sandy Squirrel");
        }
    }
}
