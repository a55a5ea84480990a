package io.alchemy.orm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.conformance.model.doublem2o.Address;
import io.alchemy.orm.conformance.model.doublem2o.Business;
import io.alchemy.orm.conformance.model.doublem2o.Home;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;

/** SQLAlchemy's {@code test/orm/test_cascade.py}: {@code DoubleParentM2OOrphanTest}, two many-to-one parents. */
@PortedFrom("test/orm/test_cascade.py")
class TestCascadeDoubleParentM2OConformanceTest {

    private static Engine engine(TestDatabase db) {
        return Fixtures.engineFor(db, Address.class, Home.class, Business.class);
    }

    /** DoubleParentM2OOrphanTest.test_non_orphan */
    @MatrixTest
    void test_non_orphan(TestDatabase db) {
        try (Session session = new Session(engine(db))) {
            Home h1 = new Home("home1", new Address("address1"));
            Business b1 = new Business("business1", new Address("address2"));
            session.addAll(java.util.List.of(h1, b1));
            session.flush();
            session.expungeAll();
            Home home = session.get(Home.class, h1.getId());
            assertThat(home.getDescription()).isEqualTo("home1");
            assertThat(home.getAddress().getStreet()).isEqualTo("address1");
            Business business = session.get(Business.class, b1.getId());
            assertThat(business.getDescription()).isEqualTo("business1");
            assertThat(business.getAddress().getStreet()).isEqualTo("address2");
        }
    }

    /** DoubleParentM2OOrphanTest.test_orphan */
    @MatrixTest
    void test_orphan(TestDatabase db) {
        try (Session session = new Session(engine(db))) {
            Address a1 = new Address();
            session.add(a1);
            session.flush();
            assertThat(Fixtures.count(session, Address.class, "addresses")).isEqualTo(1);
        }
    }
}
