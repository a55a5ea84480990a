package io.alchemy.spring.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.spring.data.UserRepository.AddressCount;
import io.alchemy.spring.data.UserRepository.NameAndAge;
import io.alchemy.spring.data.model.User;
import io.alchemy.spring.data.support.AlchemyRepositoryFactory;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.stream.Stream;

/** {@link Query} methods: textual SQL with named parameters, read as entities, records, scalars or a row count. */
class TextQueryTest {

    @MatrixTest
    void entitiesComeFromTheIdentityMapInTheSqlsOrder(TestDatabase db) {
        try (Session session = new Session(RepositoryFixture.database(db))) {
            UserRepository users = new AlchemyRepositoryFactory(() -> session).getRepository(UserRepository.class);
            User sandy = session.get(User.class, 2);
            sandy.setFullname("Sandy Squirrel");                                  // flushed before the SQL runs
            assertThat(users.search("s%")).extracting(User::getName)
                    .containsExactly("squidward", "sandy", "spongebob");
            assertThat(users.search("s%")).contains(sandy);
            assertThat(users.byFullname("Sandy Squirrel")).containsSame(sandy);
            assertThat(users.byFullname("nobody")).isEmpty();
            assertThat(users.search("o'%")).isEmpty();                            // bound, not spliced
        }
    }

    @MatrixTest
    void anEntityQueryReturningEveryColumnIsOneStatement(TestDatabase db) {
        Engine engine = RepositoryFixture.database(db);
        SqlRecorder sql = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            UserRepository users = new AlchemyRepositoryFactory(() -> session).getRepository(UserRepository.class);
            sql.clear();
            List<User> found = users.search("s%");
            assertThat(found).extracting(User::getName).containsExactly("squidward", "sandy", "spongebob");
            assertThat(found).extracting(User::getFullname).doesNotContainNull();
            // the SQL's own rows are the objects: no second SELECT by primary key
            assertThat(sql.takeStatements()).singleElement().satisfies(statement ->
                    assertThat(statement.sql()).startsWith("SELECT * FROM user_account WHERE name LIKE"));
        }
    }

    @MatrixTest
    void anEntityQueryReturningOnlyTheKeyLoadsTheRestWithOneMoreStatement(TestDatabase db) {
        Engine engine = RepositoryFixture.database(db);
        SqlRecorder sql = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            UserRepository users = new AlchemyRepositoryFactory(() -> session).getRepository(UserRepository.class);
            sql.clear();
            User sandy = users.byFullname("Sandy Cheeks").orElseThrow();
            assertThat(sandy.getName()).isEqualTo("sandy");
            assertThat(sql.takeStatements()).hasSize(2);
        }
    }

    @MatrixTest
    void recordsScalarsAndUpdates(TestDatabase db) {
        try (Session session = new Session(RepositoryFixture.database(db))) {
            UserRepository users = new AlchemyRepositoryFactory(() -> session).getRepository(UserRepository.class);
            assertThat(users.addressCounts()).containsExactly(new AddressCount("ehkrabs", 1),
                    new AddressCount("patrick", 0), new AddressCount("sandy", 2), new AddressCount("spongebob", 1),
                    new AddressCount("squidward", 0));
            assertThat(users.countOlderThan(30)).isEqualTo(3);
            try (Stream<NameAndAge> older = users.olderThan(35)) {
                assertThat(older).containsExactly(new NameAndAge("squidward", 40), new NameAndAge("ehkrabs", 55));
            }
            assertThat(users.nameAndAge("sandy")).contains(new NameAndAge("sandy", 28));
            assertThat(users.nameAndAge("nobody")).isEmpty();
            assertThat(users.namesByActive(false)).containsExactly("ehkrabs", "patrick");
            assertThat(users.renameOlderThan("Elder", 39)).isEqualTo(2);
            assertThat(users.countByAgeGreaterThan(0)).isEqualTo(5);
            assertThat(users.findByFullnameContainingOrderById("Elder")).extracting(User::getName)
                    .containsExactly("squidward", "ehkrabs");
        }
    }
}
