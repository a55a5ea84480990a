package io.alchemy.spring.boot.autoconfigure.orm;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.spring.boot.autoconfigure.orm.OrmContext.createTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.IntegrityError;
import io.alchemy.exc.NoResultFound;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.exc.StaleDataError;
import io.alchemy.schema.Table;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Alchemy's exceptions as Spring's DataAccessExceptions, from the Session proxy and @Repository beans, on every database. */
class ExceptionTranslationTest {

    private static ApplicationContextRunner runner(TestDatabase db) {
        return OrmContext.runner(db)
                .withConfiguration(AutoConfigurations.of(PersistenceExceptionTranslationAutoConfiguration.class))
                .withBean(Transactions.class).withBean(CustomerDao.class);
    }

    @MatrixTest
    void aUniqueViolationInAFlushIsADuplicateKeyException(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            assertThatThrownBy(() -> context.getBean(Transactions.class).required(() -> {
                session.add(new Customer("spongebob"));
                session.add(new Customer("spongebob"));
                session.flush();
            })).isInstanceOf(DuplicateKeyException.class).hasRootCauseInstanceOf(java.sql.SQLException.class)
                    .hasMessageContaining("customer");
        });
    }

    @MatrixTest
    void aUniqueViolationInTheFlushBeforeCommitIsTranslatedToo(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            Transactions transactions = context.getBean(Transactions.class);
            transactions.required(() -> session.add(new Customer("patrick")));
            assertThatThrownBy(() -> transactions.required(() -> session.add(new Customer("patrick"))))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThat(OrmContext.committedNames(db)).containsExactly("patrick");
        });
    }

    @MatrixTest
    void aNotNullViolationIsADataIntegrityViolation(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            assertThatThrownBy(() -> context.getBean(Transactions.class).required(() -> {
                session.execute(text("INSERT INTO customer (name, version) VALUES (NULL, 1)"));
            })).isInstanceOf(DataIntegrityViolationException.class);
        });
    }

    @MatrixTest
    void aMovedVersionCounterIsAnOptimisticLockingFailure(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            Transactions transactions = context.getBean(Transactions.class);
            Customer added = transactions.required(() -> {
                Customer customer = new Customer("sandy");
                session.add(customer);
                return customer;
            });
            assertThatThrownBy(() -> transactions.required(() -> {
                Customer loaded = session.get(Customer.class, added.getId());
                context.getBean(JdbcTemplate.class).update("UPDATE customer SET version = version + 1");
                loaded.setName("sandy cheeks");
                session.flush();
            })).isInstanceOf(OptimisticLockingFailureException.class).hasCauseInstanceOf(StaleDataError.class);
        });
    }

    @MatrixTest
    void noRowForScalarOneIsAnEmptyResult(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            Table customer = context.getBean(Registry.class).metadata().tables().get("customer");
            assertThatThrownBy(() -> context.getBean(Transactions.class).required(
                    () -> session.scalarOne(select(customer.c("name")), String.class)))
                    .isInstanceOf(EmptyResultDataAccessException.class).hasCauseInstanceOf(NoResultFound.class);
        });
    }

    @MatrixTest
    void aRepositoryUsingCoreThrowsDataAccessExceptions(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            CustomerDao dao = context.getBean(CustomerDao.class);
            dao.insert("gary");
            assertThatThrownBy(() -> dao.insert("gary")).isInstanceOf(DuplicateKeyException.class)
                    .hasMessageContaining("INSERT INTO customer");
        });
    }

    @MatrixTest
    void withoutRepositoryTheEngineStillThrowsAlchemysOwnExceptions(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Engine engine = context.getBean(Engine.class);
            Table customer = context.getBean(Registry.class).metadata().tables().get("customer");
            engine.begin(conn -> conn.execute(insert(customer), Map.of("name", "larry", "version", 1)));
            assertThatThrownBy(() -> engine.begin(conn -> conn.execute(insert(customer),
                    Map.of("name", "larry", "version", 1)))).isInstanceOf(IntegrityError.class);
        });
    }

    /** A DAO written against Core, translated by Boot's post-processor because it is a @Repository. */
    @Repository
    static class CustomerDao {
        private final Engine engine;
        private final Registry registry;

        CustomerDao(Engine engine, Registry registry) {
            this.engine = engine;
            this.registry = registry;
        }

        public void insert(String name) {
            Table customer = registry.metadata().tables().get("customer");
            engine.begin(conn -> conn.execute(io.alchemy.Alchemy.insert(customer), Map.of("name", name, "version", 1)));
        }
    }
}
