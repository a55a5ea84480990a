package io.alchemy.spring.boot.autoconfigure.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.spring.boot.autoconfigure.AlchemyAutoConfiguration;
import io.alchemy.sample.gadgets.Gadget;
import io.alchemy.sample.gadgets.GadgetRepository;
import io.alchemy.spring.boot.autoconfigure.orm.AlchemyOrmAutoConfiguration;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Auto-configured repositories on the transaction-bound Session, on every database: a repository call outside a
 * transaction runs in one of its own (committed), inside one it shares the transaction's Session and rolls back with
 * it, and a unique violation arrives as Spring's {@link DuplicateKeyException}.
 */
class RepositoriesInTransactionsTest {

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Gadget.class)
    static class SampleApplication {
    }

    private static ApplicationContextRunner runner(TestDatabase db) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                        AlchemyAutoConfiguration.class, AlchemyOrmAutoConfiguration.class,
                        AlchemyRepositoriesAutoConfiguration.class))
                .withUserConfiguration(SampleApplication.class)
                .withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.hikari.maximum-pool-size=3",
                        db.name().equals("h2") ? "spring.datasource.hikari.username=" : "spring.datasource.name=matrix");
    }

    @MatrixTest
    void aCallOutsideATransactionCommitsInOneOfItsOwn(TestDatabase db) {
        runner(db).run(context -> {
            context.getBean(Registry.class).metadata().createAll(context.getBean(Engine.class));
            GadgetRepository gadgets = context.getBean(GadgetRepository.class);
            Gadget saved = gadgets.save(new Gadget("spatula"));
            assertThat(saved.getId()).isNotNull();
            assertThat(committedNames(db)).containsExactly("spatula");
            assertThat(gadgets.findByNameStartingWith("spa")).extracting(Gadget::getName).containsExactly("spatula");
            assertThat(gadgets.deleteByName("spatula")).isEqualTo(1);              // a read-write transaction
            assertThat(committedNames(db)).isEmpty();
        });
    }

    @MatrixTest
    void insideATransactionItSharesTheSessionAndRollsBackWithIt(TestDatabase db) {
        runner(db).run(context -> {
            context.getBean(Registry.class).metadata().createAll(context.getBean(Engine.class));
            GadgetRepository gadgets = context.getBean(GadgetRepository.class);
            Session session = context.getBean(Session.class);
            TransactionTemplate transaction = new TransactionTemplate(
                    context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            int id = transaction.execute(status -> gadgets.save(new Gadget("net")).getId());
            transaction.executeWithoutResult(status -> {
                Gadget net = gadgets.findById(id).orElseThrow();
                assertThat(session.get(Gadget.class, id)).isSameAs(net);
                net.setName("jellyfish net");                          // flushed at commit by the Session
                gadgets.save(new Gadget("bubble wand"));
            });
            transaction.executeWithoutResult(status -> {
                gadgets.save(new Gadget("krabby patty"));
                status.setRollbackOnly();
            });
            assertThat(committedNames(db)).containsExactly("bubble wand", "jellyfish net");
            List<String> streamed = transaction.execute(status -> {
                try (Stream<Gadget> all = gadgets.streamByNameNotNullOrderByName()) {
                    return all.map(Gadget::getName).toList();              // read inside the transaction
                }
            });
            assertThat(streamed).containsExactly("bubble wand", "jellyfish net");
            assertThatThrownBy(gadgets::streamByNameNotNullOrderByName)
                    .isInstanceOf(InvalidDataAccessApiUsageException.class)
                    .hasMessageContaining("No Spring transaction is active");
        });
    }

    @MatrixTest
    void aDuplicateIsADuplicateKeyException(TestDatabase db) {
        runner(db).run(context -> {
            context.getBean(Registry.class).metadata().createAll(context.getBean(Engine.class));
            GadgetRepository gadgets = context.getBean(GadgetRepository.class);
            gadgets.save(new Gadget("spatula"));
            assertThatThrownBy(() -> gadgets.save(new Gadget("spatula"))).isInstanceOf(DuplicateKeyException.class);
            assertThat(gadgets.count()).isEqualTo(1);
        });
    }

    private static List<String> committedNames(TestDatabase db) throws Exception {
        List<String> names = new ArrayList<>();
        try (java.sql.Connection c = db.openJdbc();
                ResultSet rs = c.createStatement().executeQuery("SELECT name FROM gadget ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
