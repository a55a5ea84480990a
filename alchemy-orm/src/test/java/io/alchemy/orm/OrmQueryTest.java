package io.alchemy.orm;

import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.Address_;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/** ORM SELECTs through a Session: entity rows, mixed entity and column rows, joins, the identity of loaded objects. */
class OrmQueryTest {

    @MatrixTest
    void rowsMixEntitiesAndColumns(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            List<Row> rows = session.execute(select(User_.name, Address.class)
                    .where(User_.id.eq(Address_.userId)).orderBy(Address_.id)).all();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).keys()).containsExactly("name", "Address");
            assertThat(rows.get(0).get("name")).isEqualTo("spongebob");
            Address first = rows.get(0).get(1, Address.class);
            assertThat(first).hasToString("Address(id=1, email_address='spongebob@sqlalchemy.org')");
            assertThat(rows.get(2).mapping().get("Address")).isSameAs(session.get(Address.class, 3));
        }
    }

    @MatrixTest
    void entitiesJoinAndGroupLikeTables(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            List<User> withAddresses = session.scalars(select(User.class)
                    .join(OrmFixture.registry().metadata().tableNamed("address"))
                    .where(Address_.emailAddress.like("sandy%")).distinct()).all();
            assertThat(withAddresses).extracting(User::getName).containsExactly("sandy");

            List<Row> counts = session.execute(select(User_.name, func.count(Address_.id).label("count"))
                    .where(User_.id.eq(Address_.userId)).groupBy(User_.name).having(func.count(Address_.id).gt(1)))
                    .all();
            assertThat(counts).singleElement().satisfies(row -> {
                assertThat(row.get("name")).isEqualTo("sandy");
                assertThat(row.get("count", Integer.class)).isEqualTo(2);
            });
        }
    }

    @MatrixTest
    void twoEntitiesInOneRowAndAnEmptyResult(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            Row row = session.execute(select(User.class, Address.class)
                    .where(User_.id.eq(Address_.userId)).where(Address_.id.eq(2))).one();
            assertThat(row.keys()).containsExactly("User", "Address");
            assertThat(row.get(0, User.class).getName()).isEqualTo("sandy");
            assertThat(row.get(1, Address.class).getUserId()).isEqualTo(2);
            assertThat(session.execute(select(User.class).where(User_.name.eq("nobody")))
                    .scalarOneOrNone(User.class)).isNull();
            assertThat(session.scalar(select(User.class).where(User_.id.eq(1)), User.class))
                    .isSameAs(session.get(User.class, 1));
        }
    }
}
