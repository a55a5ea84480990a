package io.alchemy.spring.data;

import static io.alchemy.Alchemy.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.spring.data.config.EnableAlchemyRepositories;
import io.alchemy.spring.data.model.User;
import io.alchemy.spring.data.model.User_;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * {@link EnableAlchemyRepositories} in a plain Spring context: the interfaces of this package become beans over the
 * context's {@link Session} bean, and {@code UserStatsImpl} is found as the fragment of {@link StatsUserRepository}.
 * (Transaction-bound Sessions and default transactions are the Boot auto-configuration's, tested there.)
 */
@SpringJUnitConfig
class SpringRepositoriesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableAlchemyRepositories(enableDefaultTransactions = false)
    static class Config {

        @Bean(destroyMethod = "dispose")
        Engine engine() {
            RepositoryFixture.registry();
            return RepositoryFixture.populate(createEngine("jdbc:h2:mem:spring_repositories;DB_CLOSE_DELAY=-1"));
        }

        @Bean
        Session session(Engine engine) {
            return new Session(engine);
        }
    }

    @Autowired
    private UserRepository users;

    @Autowired
    private StatsUserRepository stats;

    @Autowired
    private AddressRepository addresses;

    @Test
    void repositoriesAreBeansOverTheSessionBean(@Autowired Session session) {
        assertThat(users.findByNameStartingWithOrderByIdDesc("s")).extracting(User::getName)
                .containsExactly("squidward", "sandy", "spongebob");
        assertThat(users.findAll(User_.age.ge(35), PageRequest.of(0, 5, Sort.by("id")))).extracting(User::getName)
                .containsExactly("patrick", "squidward", "ehkrabs");
        assertThat(users.findById(2)).containsSame(session.get(User.class, 2));
        assertThat(addresses.countByUserActiveTrue()).isEqualTo(3);
    }

    @Test
    void customFragmentsRunBesideDerivedQueries() {
        assertThat(stats.countByActivity()).isEqualTo(Map.of(false, 2L, true, 3L));
        assertThat(stats.findByActiveOrderById(false)).extracting(User::getName).containsExactly("patrick", "ehkrabs");
    }
}
