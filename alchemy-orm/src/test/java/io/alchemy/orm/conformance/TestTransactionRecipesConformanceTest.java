package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.orm.Session;
import io.alchemy.orm.SessionTransaction;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.schema.Table;
import io.alchemy.testing.Capability;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.RequiresCapability;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.Map;

/**
 * SQLAlchemy's {@code test/orm/test_transaction.py}, {@code SubtransactionRecipeTest}: the three "subtransaction"
 * recipes of SQLAlchemy's documentation (a block that begins and commits the transaction when it is the outermost
 * one), each test run with each recipe ({@code _one}, {@code _two}, {@code _three}, as SQLAlchemy's
 * {@code testing.combinations} does).
 */
@PortedFrom("test/orm/test_transaction.py")
class TestTransactionRecipesConformanceTest {

    /** subtransaction_recipe_one: begin when outermost; roll back and re-raise on error; commit when outermost. */
    private static void recipeOne(Session session, Runnable body) {
        boolean outermost = !session.inTransaction();
        if (outermost) {
            session.begin();
        }
        try {
            body.run();
        } catch (RuntimeException e) {
            if (session.inTransaction()) {
                session.rollback();
            }
            throw e;
        }
        if (outermost && session.inTransaction()) {
            session.commit();
        }
    }

    /** subtransaction_recipe_two: {@code with session.begin(): yield} when outermost, else just the block. */
    private static void recipeTwo(Session session, Runnable body) {
        if (!session.inTransaction()) {
            try (SessionTransaction trans = session.begin()) {
                body.run();
                if (session.inTransaction()) {
                    trans.commit();
                }
            }
        } else {
            body.run();
        }
    }

    /** subtransaction_recipe_three: outermost swallows the error after rolling back; inner rolls back, re-raises. */
    private static void recipeThree(Session session, Runnable body) {
        if (!session.inTransaction()) {
            session.begin();
            try {
                body.run();
            } catch (RuntimeException e) {
                if (session.inTransaction()) {
                    session.rollback();
                }
                return;
            }
            session.commit();
        } else {
            try {
                body.run();
            } catch (RuntimeException e) {
                if (session.inTransaction()) {
                    session.rollback();
                }
                throw e;
            }
        }
    }

    private interface Recipe {
        void run(Session session, Runnable body);
    }

    private static Recipe recipe(int n) {
        return n == 1 ? TestTransactionRecipesConformanceTest::recipeOne
                : n == 2 ? TestTransactionRecipesConformanceTest::recipeTwo : TestTransactionRecipesConformanceTest::recipeThree;
    }

    /** Whether the recipe's error path rolls back the transaction at once (recipe_rollsback_early). */
    private static boolean rollsBackEarly(int n) {
        return n != 2;
    }

    private static Table users() {
        return Fixtures.standard().metadata().tableNamed("users");
    }

    private static long count(Session session) {
        return ((Number) session.connection().execute(text("select count(1) from users")).scalar()).longValue();
    }

    private void heavyNesting(TestDatabase db, int n) {
        Recipe recipe = recipe(n);
        try (Session session = new Session(Fixtures.engine(db))) {
            recipe.run(session, () -> {
                session.connection().execute(insert(users()).values(Map.of("name", "user1")));
                recipe.run(session, () -> {
                    SessionTransaction savepoint = session.beginNested();
                    session.connection().execute(insert(users()).values(Map.of("name", "user2")));
                    assertThat(count(session)).isEqualTo(2);
                    savepoint.rollback();
                });
                recipe.run(session, () -> {
                    assertThat(count(session)).isEqualTo(1);
                    session.connection().execute(insert(users()).values(Map.of("name", "user3")));
                });
                assertThat(count(session)).isEqualTo(2);
            });
        }
    }

    private void commitOne(TestDatabase db, int n) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            recipe(n).run(sess, () -> sess.add(new User("u1")));
            sess.close();
            assertThat(sess.scalars(select(User.class)).all()).hasSize(1);
        }
    }

    private void subtransactionOnNoautocommit(TestDatabase db, int n) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            sess.begin();
            recipe(n).run(sess, () -> {
                sess.add(new User("u1"));
                sess.flush();
            });
            sess.rollback();
            assertThat(sess.scalars(select(User.class)).all()).isEmpty();
        }
    }

    private void mixedTransactionControl(TestDatabase db, int n) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            sess.begin();
            sess.beginNested();
            recipe(n).run(sess, () -> sess.add(new User("u1")));
            sess.commit();
            sess.commit();
            assertThat(sess.scalars(select(User.class)).all()).hasSize(1);
            sess.close();
            sess.begin();
            SessionTransaction t2 = sess.beginNested();
            sess.add(new User("u2"));
            t2.commit();
            assertThat(sess.inTransaction()).isTrue();
        }
    }

    private void errorOnUsingInactiveSessionCommands(TestDatabase db, int n) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            sess.begin();
            try {
                recipe(n).run(sess, () -> {
                    sess.add(new User("u1"));
                    sess.flush();
                    throw new IllegalStateException("force rollback");
                });
            } catch (RuntimeException expected) {
                // as the test's bare except
            }
            if (rollsBackEarly(n)) {
                assertThat(sess.inTransaction()).isFalse();
            } else {
                assertThat(sess.inTransaction()).isTrue();
            }
            sess.close();
            assertThat(sess.inTransaction()).isFalse();
        }
    }

    private void multiNesting(TestDatabase db, int n) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            recipe(n).run(sess, () -> {
                assertThat(sess.inTransaction()).isTrue();
                try {
                    recipe(n).run(sess, () -> {
                        assertThat(sess.inTransaction()).isTrue();
                        throw new IllegalStateException("force rollback");
                    });
                } catch (RuntimeException expected) {
                    // as the test's bare except
                }
                if (rollsBackEarly(n)) {
                    assertThat(sess.inTransaction()).isFalse();
                } else {
                    assertThat(sess.inTransaction()).isTrue();
                }
            });
            assertThat(sess.inTransaction()).isFalse();
        }
    }

    private void deactiveStatusCheck(TestDatabase db, int n) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            sess.begin();
            recipe(n).run(sess, sess::rollback);
            assertThat(sess.inTransaction()).isFalse();
            sess.commit();
        }
    }

    /** SubtransactionRecipeTest.test_recipe_heavy_nesting (subtransaction_recipe_one) */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_recipe_heavy_nesting_one(TestDatabase db) {
        heavyNesting(db, 1);
    }

    /** SubtransactionRecipeTest.test_recipe_heavy_nesting (subtransaction_recipe_two) */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_recipe_heavy_nesting_two(TestDatabase db) {
        heavyNesting(db, 2);
    }

    /** SubtransactionRecipeTest.test_recipe_heavy_nesting (subtransaction_recipe_three) */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_recipe_heavy_nesting_three(TestDatabase db) {
        heavyNesting(db, 3);
    }

    /** SubtransactionRecipeTest.test_recipe_commit_one (subtransaction_recipe_one) */
    @MatrixTest
    void test_recipe_commit_one_one(TestDatabase db) {
        commitOne(db, 1);
    }

    /** SubtransactionRecipeTest.test_recipe_commit_one (subtransaction_recipe_two) */
    @MatrixTest
    void test_recipe_commit_one_two(TestDatabase db) {
        commitOne(db, 2);
    }

    /** SubtransactionRecipeTest.test_recipe_commit_one (subtransaction_recipe_three) */
    @MatrixTest
    void test_recipe_commit_one_three(TestDatabase db) {
        commitOne(db, 3);
    }

    /** SubtransactionRecipeTest.test_recipe_subtransaction_on_noautocommit (subtransaction_recipe_one) */
    @MatrixTest
    void test_recipe_subtransaction_on_noautocommit_one(TestDatabase db) {
        subtransactionOnNoautocommit(db, 1);
    }

    /** SubtransactionRecipeTest.test_recipe_subtransaction_on_noautocommit (subtransaction_recipe_two) */
    @MatrixTest
    void test_recipe_subtransaction_on_noautocommit_two(TestDatabase db) {
        subtransactionOnNoautocommit(db, 2);
    }

    /** SubtransactionRecipeTest.test_recipe_subtransaction_on_noautocommit (subtransaction_recipe_three) */
    @MatrixTest
    void test_recipe_subtransaction_on_noautocommit_three(TestDatabase db) {
        subtransactionOnNoautocommit(db, 3);
    }

    /** SubtransactionRecipeTest.test_recipe_mixed_transaction_control (subtransaction_recipe_one) */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_recipe_mixed_transaction_control_one(TestDatabase db) {
        mixedTransactionControl(db, 1);
    }

    /** SubtransactionRecipeTest.test_recipe_mixed_transaction_control (subtransaction_recipe_two) */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_recipe_mixed_transaction_control_two(TestDatabase db) {
        mixedTransactionControl(db, 2);
    }

    /** SubtransactionRecipeTest.test_recipe_mixed_transaction_control (subtransaction_recipe_three) */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_recipe_mixed_transaction_control_three(TestDatabase db) {
        mixedTransactionControl(db, 3);
    }

    /** SubtransactionRecipeTest.test_recipe_error_on_using_inactive_session_commands (subtransaction_recipe_one) */
    @MatrixTest
    void test_recipe_error_on_using_inactive_session_commands_one(TestDatabase db) {
        errorOnUsingInactiveSessionCommands(db, 1);
    }

    /** SubtransactionRecipeTest.test_recipe_error_on_using_inactive_session_commands (subtransaction_recipe_two) */
    @MatrixTest
    void test_recipe_error_on_using_inactive_session_commands_two(TestDatabase db) {
        errorOnUsingInactiveSessionCommands(db, 2);
    }

    /** SubtransactionRecipeTest.test_recipe_error_on_using_inactive_session_commands (subtransaction_recipe_three) */
    @MatrixTest
    void test_recipe_error_on_using_inactive_session_commands_three(TestDatabase db) {
        errorOnUsingInactiveSessionCommands(db, 3);
    }

    /** SubtransactionRecipeTest.test_recipe_multi_nesting (subtransaction_recipe_one) */
    @MatrixTest
    void test_recipe_multi_nesting_one(TestDatabase db) {
        multiNesting(db, 1);
    }

    /** SubtransactionRecipeTest.test_recipe_multi_nesting (subtransaction_recipe_two) */
    @MatrixTest
    void test_recipe_multi_nesting_two(TestDatabase db) {
        multiNesting(db, 2);
    }

    /** SubtransactionRecipeTest.test_recipe_multi_nesting (subtransaction_recipe_three) */
    @MatrixTest
    void test_recipe_multi_nesting_three(TestDatabase db) {
        multiNesting(db, 3);
    }

    /** SubtransactionRecipeTest.test_recipe_deactive_status_check (subtransaction_recipe_one) */
    @MatrixTest
    void test_recipe_deactive_status_check_one(TestDatabase db) {
        deactiveStatusCheck(db, 1);
    }

    /** SubtransactionRecipeTest.test_recipe_deactive_status_check (subtransaction_recipe_two) */
    @MatrixTest
    void test_recipe_deactive_status_check_two(TestDatabase db) {
        deactiveStatusCheck(db, 2);
    }

    /** SubtransactionRecipeTest.test_recipe_deactive_status_check (subtransaction_recipe_three) */
    @MatrixTest
    void test_recipe_deactive_status_check_three(TestDatabase db) {
        deactiveStatusCheck(db, 3);
    }
}
