package io.alchemy.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Engine inside Spring transactions, on every database: one connection and one transaction shared with
 * {@code JdbcTemplate}, committed and rolled back by Boot's own transaction manager.
 */
class SpringTransactionTest {

    private static ApplicationContextRunner runner(TestDatabase db) throws Exception {
        Accounts.create(db);
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class, AlchemyAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.hikari.maximum-pool-size=3",
                        // Boot logs into embedded H2 as "sa"; the test's in-memory H2 was opened with no user name.
                        db.name().equals("h2") ? "spring.datasource.hikari.username=" : "spring.datasource.name=matrix")
                .withBean(AccountService.class);
    }

    @MatrixTest
    void jdbcTemplateSeesTheEnginesUncommittedWritesAndTheCommitKeepsThem(TestDatabase db) throws Exception {
        runner(db).run(context -> {
            AccountService service = context.getBean(AccountService.class);
            assertThat(service.insertThenCount(1, "spongebob", () -> assertThat(Accounts.committed(db)).isZero()))
                    .isEqualTo(1);
            assertThat(Accounts.committed(db)).isEqualTo(1);
        });
    }

    @MatrixTest
    void anExceptionRollsBackTheEnginesWrites(TestDatabase db) throws Exception {
        runner(db).run(context -> {
            AccountService service = context.getBean(AccountService.class);
            assertThatThrownBy(() -> service.insertThenFail(1, "squidward")).isInstanceOf(IllegalStateException.class);
            assertThat(Accounts.committed(db)).isZero();
        });
    }

    @MatrixTest
    void theEnginesOwnBeginDoesNotCommitTheSpringTransaction(TestDatabase db) throws Exception {
        runner(db).run(context -> {
            AccountService service = context.getBean(AccountService.class);
            assertThatThrownBy(() -> service.beginBlockThenFail(1, "patrick", () -> assertThat(Accounts.committed(db)).isZero()))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(Accounts.committed(db)).isZero();
        });
    }

    @MatrixTest
    void connectionCommitDoesNotCommitTheSpringTransaction(TestDatabase db) throws Exception {
        runner(db).run(context -> {
            AccountService service = context.getBean(AccountService.class);
            assertThatThrownBy(() -> service.commitAsYouGoThenFail(1, "sandy")).isInstanceOf(IllegalStateException.class);
            assertThat(Accounts.committed(db)).isZero();
        });
    }

    @MatrixTest
    void aRollbackInsideTheEngineMarksTheSpringTransactionRollbackOnly(TestDatabase db) throws Exception {
        runner(db).run(context -> {
            AccountService service = context.getBean(AccountService.class);
            assertThatThrownBy(() -> service.jdbcInsertThenFailedBeginBlock(1, "krabs"))
                    .isInstanceOf(UnexpectedRollbackException.class);
            assertThat(Accounts.committed(db)).as("JdbcTemplate's insert shared the rolled-back transaction").isZero();
        });
    }

    @MatrixTest
    void closingAConnectionWithoutCommitLeavesTheSpringTransactionToCommit(TestDatabase db) throws Exception {
        runner(db).run(context -> {
            AccountService service = context.getBean(AccountService.class);
            service.connectInsertAndClose(1, "gary");
            assertThat(Accounts.committed(db)).as("the Spring transaction decided, as with JdbcTemplate").isEqualTo(1);
        });
    }

    @MatrixTest
    void aTransactionTemplateMarkedRollbackOnlyUndoesTheEnginesWrites(TestDatabase db) throws Exception {
        runner(db).run(context -> {
            Engine engine = context.getBean(Engine.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            transactions.executeWithoutResult(status -> {
                engine.begin(conn -> Accounts.insert(conn, 1, "plankton"));
                status.setRollbackOnly();
            });
            assertThat(Accounts.committed(db)).isZero();
        });
    }

    @MatrixTest
    void outsideASpringTransactionTheEngineCommitsByItself(TestDatabase db) throws Exception {
        runner(db).run(context -> {
            Engine engine = context.getBean(Engine.class);
            engine.begin(conn -> Accounts.insert(conn, 1, "karen"));
            assertThat(Accounts.committed(db)).isEqualTo(1);
            try (Connection conn = engine.connect()) {
                Accounts.insert(conn, 2, "pearl");
            }
            assertThat(Accounts.committed(db)).as("close without commit rolls back outside Spring").isEqualTo(1);
        });
    }

    /** A @Transactional service writing through the Engine and reading through JdbcTemplate. */
    /**
     * PostgreSQL aborts the transaction at a failed statement: swallowing the error and returning would commit
     * nothing in silence; Spring's commit throws instead (the transaction was marked rollback-only).
     */
    @MatrixTest
    void aStatementErrorThatAbortedTheSpringTransactionMakesItsCommitFail(TestDatabase db) throws Exception {
        runner(db).run(context -> {
            Engine engine = context.getBean(Engine.class);
            assumeTrue(engine.dialect().abortsTransactionOnError(), "the database keeps the transaction");
            assertThatThrownBy(() -> context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
                try (Connection conn = engine.connect()) {
                    Accounts.insert(conn, 1, "spongebob");
                    assertThatThrownBy(() -> Accounts.insert(conn, 1, "patrick"))
                            .isInstanceOf(io.alchemy.exc.IntegrityError.class);
                }
            })).isInstanceOf(UnexpectedRollbackException.class);
            assertThat(Accounts.committed(db)).isZero();
        });
    }

    static class AccountService {
        private final Engine engine;
        private final JdbcTemplate jdbc;

        AccountService(Engine engine, JdbcTemplate jdbc) {
            this.engine = engine;
            this.jdbc = jdbc;
        }

        @org.springframework.transaction.annotation.Transactional
        public int insertThenCount(int id, String name, Check beforeCommit) throws Exception {
            engine.begin(conn -> Accounts.insert(conn, id, name));
            beforeCommit.run();
            return jdbc.queryForObject("SELECT count(*) FROM account", Integer.class);
        }

        @org.springframework.transaction.annotation.Transactional
        public void connectInsertAndClose(int id, String name) {
            try (Connection conn = engine.connect()) {
                Accounts.insert(conn, id, name);
            }
        }

        @org.springframework.transaction.annotation.Transactional
        public void insertThenFail(int id, String name) {
            engine.begin(conn -> Accounts.insert(conn, id, name));
            throw new IllegalStateException("fail after insert");
        }

        @org.springframework.transaction.annotation.Transactional
        public void beginBlockThenFail(int id, String name, Check afterBeginBlock) throws Exception {
            engine.begin(conn -> Accounts.insert(conn, id, name));
            afterBeginBlock.run();
            throw new IllegalStateException("fail after the begin block returned");
        }

        @org.springframework.transaction.annotation.Transactional
        public void commitAsYouGoThenFail(int id, String name) {
            try (Connection conn = engine.connect()) {
                Accounts.insert(conn, id, name);
                conn.commit();
            }
            throw new IllegalStateException("fail after conn.commit()");
        }

        @org.springframework.transaction.annotation.Transactional
        public void jdbcInsertThenFailedBeginBlock(int id, String name) {
            jdbc.update("INSERT INTO account (id, name) VALUES (?, ?)", id, name);
            try {
                engine.begin(conn -> {
                    Accounts.insert(conn, id + 1, name);
                    throw new IllegalStateException("fail inside the begin block");
                });
            } catch (IllegalStateException expected) {
                // swallowed: the Engine's rollback must still reach the Spring transaction
            }
        }
    }

    /** A check run inside the transaction, from the test. */
    @FunctionalInterface
    interface Check {
        void run() throws Exception;
    }
}
