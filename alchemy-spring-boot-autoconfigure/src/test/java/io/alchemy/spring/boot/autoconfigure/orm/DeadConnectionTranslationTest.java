package io.alchemy.spring.boot.autoconfigure.orm;

import static io.alchemy.spring.boot.autoconfigure.orm.OrmContext.createTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.alchemy.orm.Session;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A connection that dies inside a {@code @Transactional} flush (its physical JDBC connection aborted beneath the
 * pool): the Session throws the flush's own error, translated to a resource failure, not the failure of a rollback
 * on a dead connection.
 */
class DeadConnectionTranslationTest {

    /**
     * Only where the driver gives a lost connection a connection-exception SQLState (class 08): H2 reports a closed
     * connection as 90007 and SQLite with no SQLState, which Spring cannot know for a resource failure.
     *
     * <p>The caller of the {@code @Transactional} method sees that same error: the transaction manager's rollback on
     * the dead connection does not replace it.
     */
    @MatrixTest
    void aConnectionKilledInsideATransactionalFlushIsADataAccessResourceFailure(TestDatabase db) {
        assumeTrue(db.name().equals("postgresql") || db.name().equals("mariadb"),
                "the driver gives a lost connection no SQLState of class 08");
        OrmContext.runner(db)
                .withConfiguration(AutoConfigurations.of(PersistenceExceptionTranslationAutoConfiguration.class))
                .withBean(Transactions.class).run(context -> {
                    createTables(context);
                    Session session = context.getBean(Session.class);
                    List<Throwable> fromFlush = new ArrayList<>();
                    Throwable thrown = catchThrowable(() -> context.getBean(Transactions.class).required(() -> {
                        session.add(new Customer("spongebob"));
                        session.flush();
                        kill(session);
                        session.add(new Customer("patrick"));
                        try {
                            session.flush();
                        } catch (RuntimeException e) {
                            fromFlush.add(e);
                            throw e;
                        }
                    }));
                    assertThat(thrown).isNotNull();
                    assertThat(fromFlush).singleElement().isInstanceOf(DataAccessResourceFailureException.class)
                            .satisfies(e -> assertThat(e.getMessage()).contains("INSERT INTO customer")
                                    .doesNotContain("ROLLBACK"))
                            .satisfies(e -> assertThat(((SQLException) NestedExceptionUtils.getRootCause(e))
                                    .getSQLState()).startsWith("08"));
                    assertThat(thrown).isSameAs(fromFlush.get(0));
                    assertThat(OrmContext.committedNames(db)).isEmpty();
                });
    }

    /** Aborts the physical connection beneath the pool's proxy (closes it where the driver's abort does nothing). */
    private static void kill(Session session) throws SQLException {
        java.sql.Connection physical = session.connection().jdbcConnection().unwrap(java.sql.Connection.class);
        try {
            physical.abort(Runnable::run);
        } catch (SQLFeatureNotSupportedException e) {
            // closed below
        }
        if (!physical.isClosed()) {
            physical.close();
        }
        assertThat(physical.isClosed()).isTrue();
    }
}
