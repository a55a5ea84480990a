package io.alchemy.spring.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.orm.Session;
import io.alchemy.spring.data.UserRepository.NameAndAge;
import io.alchemy.spring.data.UserRepository.UserSummary;
import io.alchemy.spring.data.model.Address;
import io.alchemy.spring.data.model.User;
import io.alchemy.spring.data.support.AlchemyRepositoryFactory;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/** Queries derived from method names, compiled to Core statements with bound parameters, on every database. */
class DerivedQueryTest {

    @MatrixTest
    void comparisonsAndKeywords(TestDatabase db) {
        try (Session session = new Session(RepositoryFixture.database(db))) {
            UserRepository users = new AlchemyRepositoryFactory(() -> session).getRepository(UserRepository.class);
            assertThat(users.findByNameStartingWithOrderByIdDesc("s")).extracting(User::getName)
                    .containsExactly("squidward", "sandy", "spongebob");
            assertThat(users.findByNameStartingWithOrderByIdDesc("s%")).isEmpty();      // % is escaped
            assertThat(users.findByNameIn(List.of("patrick", "sandy", "nobody"))).extracting(User::getId)
                    .containsExactlyInAnyOrder(2, 3);
            assertThat(users.findByAgeBetweenOrderByAge(29, 40)).extracting(User::getName)
                    .containsExactly("spongebob", "patrick", "squidward");
            assertThat(users.findByNameIgnoreCase("SpongeBob")).map(User::getId).contains(1);
            assertThat(users.findByNameOrAgeOrderById("sandy", 55)).extracting(User::getId).containsExactly(2, 5);
            assertThat(users.findByNameNotAndActiveFalseOrderById("patrick")).extracting(User::getName)
                    .containsExactly("ehkrabs");
            assertThat(users.findByFullnameContainingOrderById("Star")).extracting(User::getName)
                    .containsExactly("patrick");
        }
    }

    @MatrixTest
    void countsExistsTopFirstAndDeletes(TestDatabase db) {
        try (Session session = new Session(RepositoryFixture.database(db))) {
            UserRepository users = new AlchemyRepositoryFactory(() -> session).getRepository(UserRepository.class);
            assertThat(users.countByActiveTrue()).isEqualTo(3);
            assertThat(users.countByAgeGreaterThan(30)).isEqualTo(3);
            assertThat(users.existsByName("sandy")).isTrue();
            assertThat(users.existsByName("sand")).isFalse();
            assertThat(users.findTop2ByOrderByAgeDesc()).extracting(User::getName)
                    .containsExactly("ehkrabs", "squidward");
            assertThat(users.findFirstByOrderByNameAsc().getName()).isEqualTo("ehkrabs");
            assertThat(users.findByActiveTrueOrderByAge(Limit.of(2))).extracting(User::getName)
                    .containsExactly("sandy", "spongebob");
            assertThat(users.findByActiveTrueOrderByAge(Limit.unlimited())).hasSize(3);

            assertThat(users.deleteByName("patrick")).isEqualTo(1);
            assertThat(users.deleteByAgeGreaterThanEqual(40)).extracting(User::getName)
                    .containsExactlyInAnyOrder("squidward", "ehkrabs");
            assertThat(users.count()).isEqualTo(2);
            AddressRepository addresses = new AlchemyRepositoryFactory(() -> session)
                    .getRepository(AddressRepository.class);
            assertThat(addresses.count()).isEqualTo(3);          // ehkrabs' address went with him (delete cascade)
        }
    }

    @MatrixTest
    void pagesSlicesStreamsAndSingleResults(TestDatabase db) {
        try (Session session = new Session(RepositoryFixture.database(db))) {
            UserRepository users = new AlchemyRepositoryFactory(() -> session).getRepository(UserRepository.class);
            Page<User> page = users.findByActive(true, PageRequest.of(0, 2, Sort.by("age")));
            assertThat(page.getContent()).extracting(User::getName).containsExactly("sandy", "spongebob");
            assertThat(page.getTotalElements()).isEqualTo(3);
            Slice<User> slice = users.findByAgeGreaterThan(29, PageRequest.of(1, 2, Sort.by("id")));
            assertThat(slice.getContent()).extracting(User::getName).containsExactly("squidward", "ehkrabs");
            assertThat(slice.hasNext()).isFalse();
            assertThat(users.findByAgeGreaterThan(0, PageRequest.of(0, 4, Sort.by("id"))).hasNext()).isTrue();
            try (Stream<User> inactive = users.streamByActiveFalseOrderById()) {
                assertThat(inactive.map(User::getName)).containsExactly("patrick", "ehkrabs");
            }
            assertThatThrownBy(() -> users.findByActive(true))
                    .isInstanceOf(IncorrectResultSizeDataAccessException.class)
                    .hasMessageContaining("UserRepository.findByActive expects at most one result but found 3");
        }
    }

    @MatrixTest
    void projections(TestDatabase db) {
        try (Session session = new Session(RepositoryFixture.database(db))) {
            UserRepository users = new AlchemyRepositoryFactory(() -> session).getRepository(UserRepository.class);
            assertThat(users.findByAgeLessThanOrderByAge(31))
                    .containsExactly(new NameAndAge("sandy", 28), new NameAndAge("spongebob", 30));
            assertThat(users.findByActiveTrueOrderById()).extracting(UserSummary::getName, UserSummary::getAge)
                    .first().isEqualTo(org.assertj.core.groups.Tuple.tuple("spongebob", 30));
            assertThat(users.findByIdLessThanOrderById(3, NameAndAge.class))
                    .containsExactly(new NameAndAge("spongebob", 30), new NameAndAge("sandy", 28));
            assertThat(users.findByIdLessThanOrderById(2, User.class)).extracting(User::getName)
                    .containsExactly("spongebob");
        }
    }

    @MatrixTest
    void nestedPropertiesThroughRelationships(TestDatabase db) {
        try (Session session = new Session(RepositoryFixture.database(db))) {
            AlchemyRepositoryFactory factory = new AlchemyRepositoryFactory(() -> session);
            UserRepository users = factory.getRepository(UserRepository.class);
            AddressRepository addresses = factory.getRepository(AddressRepository.class);
            assertThat(users.findByAddressesEmailAddressEndingWithOrderById("sqlalchemy.org")).extracting(User::getName)
                    .containsExactly("spongebob", "sandy");                      // once each, though sandy has two
            assertThat(users.findByAddressesIsEmptyOrderById()).extracting(User::getName)
                    .containsExactly("patrick", "squidward");
            assertThat(addresses.findByUserNameOrderById("sandy")).extracting(Address::getEmailAddress)
                    .containsExactly("sandy@sqlalchemy.org", "sandy@squirrelpower.org");
            assertThat(addresses.countByUserActiveTrue()).isEqualTo(3);
            assertThat(addresses.findByUserNameStartingWithAndEmailAddressContainingOrderById("s", "squirrel"))
                    .extracting(Address::getId).containsExactly(3);
        }
    }
}
