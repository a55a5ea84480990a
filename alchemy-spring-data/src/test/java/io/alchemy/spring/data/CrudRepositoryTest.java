package io.alchemy.spring.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.Session;
import io.alchemy.spring.data.model.Address;
import io.alchemy.spring.data.model.User;
import io.alchemy.spring.data.model.User_;
import io.alchemy.spring.data.support.AlchemyRepositoryFactory;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** CRUD, paging, sorting and Core-expression conditions of {@link AlchemyRepository}, through a plain Session. */
class CrudRepositoryTest {

    private static UserRepository users(Session session) {
        return new AlchemyRepositoryFactory(() -> session).getRepository(UserRepository.class);
    }

    @MatrixTest
    void savesFindsAndDeletes(TestDatabase db) {
        Engine engine = RepositoryFixture.database(db);
        try (Session session = new Session(engine)) {
            UserRepository users = users(session);
            User gary = users.save(new User("gary", "Gary the Snail", 7, true));
            assertThat(gary.getId()).isEqualTo(6);                          // flushed: the key is generated
            assertThat(users.findById(6)).containsSame(gary);               // the identity map's object
            assertThat(users.existsById(6)).isTrue();
            assertThat(users.count()).isEqualTo(6);

            gary.setFullname("Gary");                                       // dirty object, flushed at commit
            session.commit();
            assertThat(users.findById(6).orElseThrow().getFullname()).isEqualTo("Gary");

            users.deleteById(6);
            users.deleteById(42);                                           // absent: nothing happens
            session.commit();
            assertThat(users.findById(6)).isEmpty();
            assertThat(users.existsById(6)).isFalse();
            assertThat(users.findAllById(List.of(1, 42, 3))).extracting(User::getName)
                    .containsExactlyInAnyOrder("spongebob", "patrick");
            assertThat(users.findAllById(List.of())).isEmpty();
        }
    }

    @MatrixTest
    void deletesByKeysAndDetachedObjects(TestDatabase db) {
        Engine engine = RepositoryFixture.database(db);
        try (Session session = new Session(engine)) {
            UserRepository users = users(session);
            users.deleteAllById(List.of(3, 4, 42));                        // patrick, squidward: no addresses
            User detached = new User("sandy", "Sandy Cheeks", 28, true);
            detached.setId(2);
            users.delete(detached);                                         // deletes the Session's sandy
            users.delete(new User("nobody", null, 1, true));                // transient: nothing to delete
            session.commit();
            assertThat(users.findAll(Sort.by("id"))).extracting(User::getName).containsExactly("spongebob", "ehkrabs");
        }
    }

    @MatrixTest
    void saveAllFlushesOnceAndSaveMergesADetachedObject(TestDatabase db) {
        Engine engine = RepositoryFixture.database(db);
        try (Session session = new Session(engine)) {
            UserRepository users = users(session);
            List<User> saved = users.saveAll(List.of(new User("larry", "Larry the Lobster", 33, true),
                    new User("karen", "Karen Plankton", 3, false)));
            assertThat(saved).extracting(User::getId).containsExactly(6, 7);
            session.commit();
        }
        try (Session other = new Session(engine)) {
            User detached = new User("sandy", "Sandy Squirrel", 28, true);
            detached.setId(2);
            User merged = users(other).save(detached);                      // not new: merged onto the row
            assertThat(merged).isNotSameAs(detached);
            other.commit();
            assertThat(users(other).findById(2).orElseThrow().getFullname()).isEqualTo("Sandy Squirrel");
            assertThat(users(other).count()).isEqualTo(7);
        }
    }

    @MatrixTest
    void pagesAndSorts(TestDatabase db) {
        Engine engine = RepositoryFixture.database(db);
        try (Session session = new Session(engine)) {
            UserRepository users = users(session);
            assertThat(users.findAll(Sort.by("age").descending())).extracting(User::getName)
                    .containsExactly("ehkrabs", "squidward", "patrick", "spongebob", "sandy");
            Page<User> second = users.findAll(PageRequest.of(1, 2, Sort.by("name")));
            assertThat(second.getContent()).extracting(User::getName).containsExactly("sandy", "spongebob");
            assertThat(second.getTotalElements()).isEqualTo(5);
            assertThat(second.getTotalPages()).isEqualTo(3);
            assertThatThrownBy(() -> users.findAll(PageRequest.of(Integer.MAX_VALUE, 100)))
                    .isInstanceOf(ArgumentError.class)
                    .hasMessage("Page 2147483647 of size 100 starts at row 214748364700, past the largest offset "
                            + "2147483647; ask for an earlier page or a smaller page size");
            assertThat(users.findAll(Sort.by(Sort.Order.asc("fullname").ignoreCase())).get(0).getName())
                    .isEqualTo("ehkrabs");
            assertThatThrownBy(() -> users.findAll(Sort.by("addresses.emailAddress")))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("Cannot sort User by 'addresses.emailAddress'");
            assertThatThrownBy(() -> users.findAll(Sort.by("nope")))
                    .isInstanceOf(PropertyReferenceException.class).hasMessageContaining("nope");
            assertThatThrownBy(() -> users.findAll(PageRequest.of(0, 2, Sort.by("name; DROP TABLE users"))))
                    .isInstanceOf(PropertyReferenceException.class)
                    .extracting(e -> ((PropertyReferenceException) e).getPropertyName())
                    .isEqualTo("name; DROP TABLE users");
            assertThatThrownBy(() -> users.findAll(Sort.by("name.nope")))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("Cannot sort User by 'name.nope'");
        }
    }

    @MatrixTest
    void sortsThroughManyToOneRelationships(TestDatabase db) {
        Engine engine = RepositoryFixture.database(db);
        try (Session session = new Session(engine)) {
            AddressRepository addresses = new AlchemyRepositoryFactory(() -> session)
                    .getRepository(AddressRepository.class);
            assertThat(addresses.findAll(Sort.by("user.name").and(Sort.by("id")))).extracting(Address::getId)
                    .containsExactly(4, 2, 3, 1);
            assertThat(addresses.findAll(PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "user.age", "id"))))
                    .extracting(Address::getId).containsExactly(4, 1);
            assertThat(addresses.findByEmailAddressContainingOrderByUserNameDescIdAsc("sqlalchemy"))
                    .extracting(Address::getId).containsExactly(1, 2);
            assertThatThrownBy(() -> addresses.findAll(Sort.by("user")))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("Cannot sort Address by 'user'");
        }
    }

    @MatrixTest
    void conditionsWrittenInCore(TestDatabase db) {
        Engine engine = RepositoryFixture.database(db);
        try (Session session = new Session(engine)) {
            UserRepository users = users(session);
            Page<User> page = users.findAll(User_.name.startswith("s"), PageRequest.of(0, 2, Sort.by("id")));
            assertThat(page.getContent()).extracting(User::getName).containsExactly("spongebob", "sandy");
            assertThat(page.getTotalElements()).isEqualTo(3);
            assertThat(users.findAll(User_.age.gt(34), Sort.by("age"))).extracting(User::getName)
                    .containsExactly("patrick", "squidward", "ehkrabs");
            assertThat(users.findAll(User_.active.eq(false))).hasSize(2);
            assertThat(users.count(User_.age.lt(30))).isEqualTo(1);
            assertThat(users.exists(User_.name.eq("patrick"))).isTrue();
            assertThat(users.exists(User_.name.eq("o'brien"))).isFalse();   // a bound value, not SQL
            assertThat(users.findOne(User_.name.eq("sandy"))).map(User::getAge).contains(28);
            assertThat(users.findOne(User_.name.eq("nobody"))).isEmpty();
            assertThatThrownBy(() -> users.findOne(User_.active.eq(true)))
                    .isInstanceOf(IncorrectResultSizeDataAccessException.class);
        }
    }

    @MatrixTest
    void deleteAllDeletesEveryObjectThroughTheSession(TestDatabase db) {
        Engine engine = RepositoryFixture.database(db);
        try (Session session = new Session(engine)) {
            AddressRepository addresses = new AlchemyRepositoryFactory(() -> session)
                    .getRepository(AddressRepository.class);
            addresses.deleteAll();
            assertThat(addresses.count()).isZero();
            session.rollback();
            assertThat(addresses.count()).isEqualTo(4);
        }
    }
}
