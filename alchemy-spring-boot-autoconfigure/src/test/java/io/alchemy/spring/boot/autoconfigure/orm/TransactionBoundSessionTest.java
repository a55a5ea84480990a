package io.alchemy.spring.boot.autoconfigure.orm;

import static io.alchemy.spring.boot.autoconfigure.orm.OrmContext.committedNames;
import static io.alchemy.spring.boot.autoconfigure.orm.OrmContext.createTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.orm.Session;
import io.alchemy.orm.exc.ObjectDeletedError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ObjectState;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The injected Session inside Spring transactions, on every database: flushed before commit, rolled back with the
 * transaction, one connection with JdbcTemplate and JdbcClient, read-only, REQUIRES_NEW, NESTED, TransactionTemplate.
 */
class TransactionBoundSessionTest {

    private static ApplicationContextRunner runner(TestDatabase db) {
        return OrmContext.runner(db).withBean(Transactions.class);
    }

    @MatrixTest
    void addedObjectsAreFlushedBeforeTheCommit(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Customer added = context.getBean(Transactions.class).required(() -> {
                Customer customer = new Customer("spongebob");
                context.getBean(Session.class).add(customer);
                assertThat(customer.getId()).as("not flushed yet").isNull();
                return customer;
            });
            assertThat(added.getId()).isNotNull();
            assertThat(committedNames(db)).containsExactly("spongebob");
            assertThat(added.getName()).as("readable after the transaction: not expired by default").isEqualTo("spongebob");
        });
    }

    @MatrixTest
    void anExceptionRollsBackWhatTheSessionFlushed(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            Customer customer = new Customer("squidward");
            assertThatThrownBy(() -> context.getBean(Transactions.class).required(() -> {
                session.add(customer);
                session.flush();
                throw new IllegalStateException("fail after flush");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(committedNames(db)).isEmpty();
            assertThat(InstanceState.of(customer).state()).as("inserted in a rolled-back transaction")
                    .isEqualTo(ObjectState.TRANSIENT);
        });
    }

    @MatrixTest
    void theSessionJdbcTemplateAndJdbcClientShareOneConnectionAndTransaction(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            JdbcClient jdbcClient = context.getBean(JdbcClient.class);
            DataSource dataSource = context.getBean(DataSource.class);
            context.getBean(Transactions.class).required(() -> {
                session.add(new Customer("sandy"));
                session.flush();
                assertThat(jdbc.queryForObject("SELECT count(*) FROM customer", Integer.class)).isEqualTo(1);
                jdbcClient.sql("INSERT INTO customer (name, version) VALUES (:name, 1)").param("name", "patrick").update();
                assertThat(session.get(Customer.class, jdbc.queryForObject(
                        "SELECT id FROM customer WHERE name = 'patrick'", Integer.class)).getName()).isEqualTo("patrick");
                assertThat(session.connection().jdbcConnection()).isSameAs(DataSourceUtils.getConnection(dataSource));
                assertThat(committedNames(db)).as("nothing committed inside").isEmpty();
            });
            assertThat(committedNames(db)).containsExactly("patrick", "sandy");
        });
    }

    @MatrixTest
    void aTransactionTemplateBindsTheSessionToo(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            TransactionTemplate template = context.getBean(TransactionTemplate.class);
            template.executeWithoutResult(status -> session.add(new Customer("gary")));
            template.executeWithoutResult(status -> {
                session.add(new Customer("larry"));
                status.setRollbackOnly();
            });
            assertThat(committedNames(db)).containsExactly("gary");
        });
    }

    @MatrixTest
    void eachTransactionHasItsOwnSessionClosedAtTheEnd(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            Transactions transactions = context.getBean(Transactions.class);
            Customer first = transactions.required(() -> {
                Customer customer = new Customer("karen");
                session.add(customer);
                return customer;
            });
            transactions.required(() -> {
                assertThat(session.contains(first)).as("the last transaction's Session was cleared").isFalse();
                assertThat(session.get(Customer.class, first.getId())).isNotSameAs(first);
            });
        });
    }

    @MatrixTest
    void aSessionFirstUsedAfterTheCommitDoesNotLeakIntoTheNextTransaction(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            Transactions transactions = context.getBean(Transactions.class);
            Customer first = transactions.required(() -> {
                Customer customer = new Customer("first");
                session.add(customer);
                return customer;
            });
            AtomicReference<Customer> readAfterCommit = new AtomicReference<>();
            transactions.required(() -> TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            readAfterCommit.set(session.get(Customer.class, first.getId()));
                        }
                    }));
            assertThat(readAfterCommit.get().getName()).isEqualTo("first");
            transactions.required(() -> {
                assertThat(session.contains(readAfterCommit.get())).as("a fresh Session").isFalse();
                session.add(new Customer("second"));
            });
            assertThat(committedNames(db)).as("the second transaction's Session was flushed").containsExactly("first",
                    "second");
        });
    }

    @MatrixTest
    void aReadOnlyTransactionNeverFlushesAndMarksTheConnectionReadOnly(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            Transactions transactions = context.getBean(Transactions.class);
            Customer added = transactions.required(() -> {
                Customer customer = new Customer("pearl");
                session.add(customer);
                return customer;
            });
            boolean readOnlyConnection = transactions.readOnly(() -> {
                Customer loaded = session.get(Customer.class, added.getId());
                loaded.setName("plankton");
                session.add(new Customer("krabs"));
                assertThat(session.execute(io.alchemy.Alchemy.text("SELECT count(*) FROM customer")).scalarOne(Long.class))
                        .as("no autoflush before the query").isOne();
                return DataSourceUtils.getConnection(context.getBean(DataSource.class)).isReadOnly();
            });
            assertThat(committedNames(db)).containsExactly("pearl");
            if (!db.name().equals("sqlite")) { // the SQLite driver cannot switch an open connection to read-only
                assertThat(readOnlyConnection).isTrue();
            }
        });
    }

    @MatrixTest
    void requiresNewGetsASessionOfItsOwn(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            Transactions transactions = context.getBean(Transactions.class);
            AtomicReference<Customer> inner = new AtomicReference<>();
            assertThatThrownBy(() -> transactions.required(() -> {
                session.add(new Customer("outer"));
                transactions.requiresNew(() -> {
                    assertThat(session.newObjects()).as("the outer Session's pending object is not here").isEmpty();
                    inner.set(new Customer("inner"));
                    session.add(inner.get());
                });
                assertThat(session.contains(inner.get())).isFalse();
                assertThat(session.newObjects()).hasSize(1);
                throw new IllegalStateException("the outer transaction fails");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(committedNames(db)).containsExactly("inner");
        });
    }

    @MatrixTest
    void aNestedTransactionRollsBackToItsSavepoint(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            Transactions transactions = context.getBean(Transactions.class);
            Customer outer = new Customer("outer");
            Customer nested = new Customer("nested");
            AtomicReference<Integer> nestedId = new AtomicReference<>();
            transactions.required(() -> {
                session.add(outer);
                session.flush();
                assertThatThrownBy(() -> transactions.nested(() -> {
                    session.add(nested);
                    outer.setName("renamed in the savepoint");
                    session.flush();
                    nestedId.set(nested.getId());
                    throw new IllegalStateException("the nested transaction fails");
                })).isInstanceOf(IllegalStateException.class);
                assertThatThrownBy(nested::getName).as("expired, its row gone").isInstanceOf(ObjectDeletedError.class);
                assertThat(outer.getName()).as("expired and reloaded").isEqualTo("outer");
                assertThat(session.get(Customer.class, nestedId.get())).as("its row is gone").isNull();
                assertThat(session.contains(nested)).isFalse();
                session.add(new Customer("after"));
            });
            assertThat(committedNames(db)).containsExactly("after", "outer");
        });
    }

    @MatrixTest
    void aNestedTransactionThatCommitsKeepsItsWork(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            Transactions transactions = context.getBean(Transactions.class);
            transactions.required(() -> {
                session.add(new Customer("outer"));
                transactions.nested(() -> session.add(new Customer("nested")));
            });
            assertThat(committedNames(db)).containsExactly("nested", "outer");
        });
    }

    @MatrixTest
    void rollingBackASavepointThatTookUnflushedOuterChangesDoomsTheTransaction(TestDatabase db) {
        runner(db).run(context -> {
            createTables(context);
            Session session = context.getBean(Session.class);
            Transactions transactions = context.getBean(Transactions.class);
            assertThatThrownBy(() -> transactions.required(() -> {
                session.add(new Customer("unflushed outer"));
                assertThatThrownBy(() -> transactions.nested(() -> {
                    throw new IllegalStateException("the nested transaction fails");
                })).isInstanceOf(IllegalStateException.class);
            })).isInstanceOf(UnexpectedRollbackException.class);
            assertThat(committedNames(db)).isEmpty();
        });
    }
}
