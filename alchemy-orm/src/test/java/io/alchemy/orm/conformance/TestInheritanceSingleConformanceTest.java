package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.inherit.Ported.Employee;
import io.alchemy.orm.model.inherit.Ported.Engineer;
import io.alchemy.orm.model.inherit.Ported.JuniorEngineer;
import io.alchemy.orm.model.inherit.Ported.Manager;
import io.alchemy.orm.model.inherit.Ported_Employee_;
import io.alchemy.orm.model.inherit.Ported_Engineer_;
import io.alchemy.orm.model.inherit.Ported_JuniorEngineer_;
import io.alchemy.orm.model.inherit.Ported_Manager_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;

/** SQLAlchemy's {@code test/orm/inheritance/test_single.py}: single-table queries per class. */
@PortedFrom("test/orm/inheritance/test_single.py")
class TestInheritanceSingleConformanceTest {

    private static Engine database(TestDatabase db) {
        Engine engine = db.engine();
        Registry.of(Employee.class, Manager.class, Engineer.class, JuniorEngineer.class).metadata().createAll(engine);
        return engine;
    }

    /**
     * test_single.py SingleInheritanceTest.test_single_inheritance: each class's query returns its rows only; an
     * expired subclass attribute reloads; a column query of a subclass filters too.
     */
    @MatrixTest
    void test_single_inheritance(TestDatabase db) {
        Engine engine = database(db);
        try (Session session = new Session(engine)) {
            Manager m1 = new Manager("Tom", "knows how to manage things");
            Engineer e1 = new Engineer("Kurt", "knows how to hack");
            JuniorEngineer e2 = new JuniorEngineer("Ed", "oh that ed");
            session.add(m1);
            session.add(e1);
            session.add(e2);
            session.flush();

            assertThat(session.scalars(select(Employee.class).orderBy(Ported_Employee_.employeeId)).all())
                    .containsExactly(m1, e1, e2);
            assertThat(session.scalars(select(Engineer.class).orderBy(Ported_Engineer_.employeeId)).all())
                    .containsExactly(e1, e2);
            assertThat(session.scalars(select(Manager.class)).all()).containsExactly(m1);
            assertThat(session.scalars(select(JuniorEngineer.class)).all()).containsExactly(e2);

            Manager m = session.scalars(select(Manager.class)).one();
            session.expire(m, "managerData");
            assertThat(m.getManagerData()).isEqualTo("knows how to manage things");
        }
    }


    /** SingleInheritanceTest.test_column_qualification: a column of a subclass qualifies the query by its identities. */
    @MatrixTest
    void test_column_qualification(TestDatabase db) {
        Engine engine = database(db);
        try (Session session = new Session(engine)) {
            Manager m1 = new Manager("Tom", "knows how to manage things");
            Engineer e1 = new Engineer("Kurt", "knows how to hack");
            JuniorEngineer e2 = new JuniorEngineer("Ed", "oh that ed");
            session.add(m1);
            session.add(e1);
            session.add(e2);
            session.flush();
            Integer m1id = m1.employeeId;
            Integer e1id = e1.employeeId;
            Integer e2id = e2.employeeId;

            assertThat(session.scalars(select(Ported_Employee_.employeeId).orderBy(Ported_Employee_.employeeId)).all())
                    .containsExactly(m1id, e1id, e2id);
            assertThat(session.scalars(select(Ported_Engineer_.employeeId).orderBy(Ported_Engineer_.employeeId)).all())
                    .containsExactly(e1id, e2id);
            assertThat(session.scalars(select(Ported_Manager_.employeeId)).all()).containsExactly(m1id);
            // "WHERE type IN (?, ?) AND type IN (?, ?)", so no result
            assertThat(session.execute(select(Ported_Manager_.employeeId, Ported_Engineer_.employeeId)).all()).isEmpty();
            assertThat(session.scalars(select(Ported_JuniorEngineer_.employeeId)).all()).containsExactly(e2id);
        }
    }
}
