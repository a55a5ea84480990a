package io.alchemy.spring.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.Session;
import io.alchemy.spring.data.model.User;
import io.alchemy.spring.data.support.AlchemyRepositoryFactory;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.query.QueryCreationException;

/** Query methods that cannot work fail when the repository is made, or at the call, saying what is wrong. */
class QueryMethodErrorsTest {

    interface RegexRepository extends AlchemyRepository<User, Integer> {
        List<User> findByNameRegex(String pattern);
    }

    interface UnknownPropertyRepository extends AlchemyRepository<User, Integer> {
        List<User> findByNickname(String nickname);
    }

    interface UnboundParameterRepository extends AlchemyRepository<User, Integer> {
        @Query("SELECT * FROM user_account WHERE name = :username")
        List<User> byName(String name);
    }

    interface PagedTextRepository extends AlchemyRepository<User, Integer> {
        @Query("SELECT * FROM user_account")
        List<User> everything(Pageable pageable);
    }

    interface ScrollingRepository extends AlchemyRepository<User, Integer> {
        Window<User> findFirst10ByActiveTrue(ScrollPosition position);
    }

    interface NoKeyRepository extends AlchemyRepository<User, Integer> {
        @Query("SELECT name FROM user_account")
        List<User> names();

        List<User> findByAddresses(String address);
    }

    @MatrixTest
    void unsupportedMethodsFailWhenTheRepositoryIsMade(TestDatabase db) {
        try (Session session = new Session(RepositoryFixture.database(db))) {
            AlchemyRepositoryFactory factory = new AlchemyRepositoryFactory(() -> session);
            assertThatThrownBy(() -> factory.getRepository(RegexRepository.class))
                    .isInstanceOf(QueryCreationException.class).rootCause().isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("RegexRepository.findByNameRegex: the keyword REGEX");
            assertThatThrownBy(() -> factory.getRepository(UnknownPropertyRepository.class))
                    .rootCause().isInstanceOf(PropertyReferenceException.class)
                    .hasMessageContaining("nickname");
            assertThatThrownBy(() -> factory.getRepository(UnboundParameterRepository.class))
                    .rootCause().isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("the SQL's parameter :username matches no method parameter [name]");
            assertThatThrownBy(() -> factory.getRepository(PagedTextRepository.class))
                    .rootCause().hasMessageContaining("@Query methods take no Pageable");
            assertThatThrownBy(() -> factory.getRepository(ScrollingRepository.class))
                    .rootCause().hasMessageContaining("findFirst10ByActiveTrue: Window/ScrollPosition");
        }
    }

    @MatrixTest
    void queriesThatCannotBeAnsweredFailAtTheCall(TestDatabase db) {
        try (Session session = new Session(RepositoryFixture.database(db))) {
            NoKeyRepository repository = new AlchemyRepositoryFactory(() -> session).getRepository(NoKeyRepository.class);
            assertThatThrownBy(repository::names).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("returns no column 'id' (the primary key of User)");
            assertThatThrownBy(() -> repository.findByAddresses("x")).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("User.addresses is a relationship: name one of its properties");
        }
    }
}
