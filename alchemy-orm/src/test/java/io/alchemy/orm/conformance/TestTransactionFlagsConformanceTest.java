package io.alchemy.orm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionTransaction;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;

/**
 * SQLAlchemy's {@code test/orm/test_transaction.py}: {@code TransactionFlagsTest} and the transaction a flush keeps
 * ({@code SessionTransactionTest.test_no_close_transaction_on_flush}).
 */
@PortedFrom("test/orm/test_transaction.py")
class TestTransactionFlagsConformanceTest {

    /** TransactionFlagsTest.test_in_transaction_nesting */
    @MatrixTest
    void test_in_transaction_nesting(TestDatabase db) {
        try (Session s1 = new Session(Fixtures.engine(db))) {
            assertThat(s1.inTransaction()).isFalse();
            SessionTransaction trans = s1.begin();
            assertThat(s1.inTransaction()).isTrue();
            assertThat(s1.getTransaction()).isSameAs(trans);

            SessionTransaction sp1 = s1.beginNested();
            assertThat(s1.inTransaction()).isTrue();
            assertThat(s1.getTransaction()).isSameAs(trans);
            assertThat(s1.getNestedTransaction()).isSameAs(sp1);

            SessionTransaction sp2 = s1.beginNested();
            assertThat(s1.inTransaction()).isTrue();
            assertThat(s1.inNestedTransaction()).isTrue();
            assertThat(s1.getTransaction()).isSameAs(trans);
            assertThat(s1.getNestedTransaction()).isSameAs(sp2);

            sp2.rollback();
            assertThat(s1.inTransaction()).isTrue();
            assertThat(s1.inNestedTransaction()).isTrue();
            assertThat(s1.getTransaction()).isSameAs(trans);
            assertThat(s1.getNestedTransaction()).isSameAs(sp1);

            sp1.rollback();
            assertThat(s1.getNestedTransaction()).isNull();
            assertThat(s1.inTransaction()).isTrue();
            assertThat(s1.inNestedTransaction()).isFalse();
            assertThat(s1.getTransaction()).isSameAs(trans);

            s1.rollback();
            assertThat(s1.inTransaction()).isFalse();
            assertThat(s1.getTransaction()).isNull();
        }
    }

    /**
     * SessionTransactionTest.test_no_close_transaction_on_flush; the Session is bound to the engine (Alchemy binds a
     * Session to engines), the plain SELECT runs on the Session's connection.
     */
    @MatrixTest
    void test_no_close_transaction_on_flush(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session s = new Session(engine)) {
            s.begin();
            SessionTransaction tran = s.getTransaction();
            s.add(new User("first"));
            s.flush();
            s.connection().execute(io.alchemy.Alchemy.text("select * from users")).all();
            s.add(new User("two"));
            s.flush();
            s.add(new User("third"));
            s.flush();
            assertThat(s.getTransaction()).isSameAs(tran);
            tran.close();
        }
    }
}
