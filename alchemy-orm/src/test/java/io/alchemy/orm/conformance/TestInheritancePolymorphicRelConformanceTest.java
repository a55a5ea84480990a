package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.inherit.Companies.Boss;
import io.alchemy.orm.model.inherit.Companies.Company;
import io.alchemy.orm.model.inherit.Companies.Engineer;
import io.alchemy.orm.model.inherit.Companies.Manager;
import io.alchemy.orm.model.inherit.Companies.Person;
import io.alchemy.orm.model.inherit.Companies_Boss_;
import io.alchemy.orm.model.inherit.Companies_Engineer_;
import io.alchemy.orm.model.inherit.Companies_Manager_;
import io.alchemy.orm.model.inherit.Companies_Person_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;

/**
 * SQLAlchemy's {@code test/orm/inheritance/test_polymorphic_rel.py} on its joined fixture ({@code _poly_fixtures}):
 * get and filters through the base and the subclasses, expiry of subclass columns. Each case compares what
 * SQLAlchemy's {@code ComparableEntity} compares: the class and the attributes the expected object gives.
 */
@PortedFrom("test/orm/inheritance/test_polymorphic_rel.py")
class TestInheritancePolymorphicRelConformanceTest {
    private Engineer e1;
    private Boss b1;
    private Manager m1;

    private Engine fixture(TestDatabase db) {
        Engine engine = db.engine();
        Registry.of(Company.class, Person.class, Engineer.class, Manager.class, Boss.class).metadata().createAll(engine);
        e1 = new Engineer("dilbert", "dilbert", "java", "regular engineer");
        Engineer e2 = new Engineer("wally", "wally", "c++", "regular engineer");
        b1 = new Boss("pointy haired boss", "fore", "pointy", "da boss");
        m1 = new Manager("dogbert", "dogbert", "regular manager");
        Engineer e3 = new Engineer("vlad", "vlad", "cobol", "elbonian engineer");
        try (Session sess = new Session(engine)) {
            sess.add(new Company("MegaCorp, Inc.", e1, e2, b1, m1));
            sess.add(new Company("Elbonia, Inc.", e3));
            sess.commit();
            sess.expungeAll();
        }
        return engine;
    }

    /** _PolymorphicTestBase.test_get_one */
    @MatrixTest
    void test_get_one(TestDatabase db) {
        Engine engine = fixture(db);
        try (Session sess = new Session(engine)) {
            Person found = sess.get(Person.class, e1.personId);
            assertThat(found).isInstanceOf(Engineer.class);
            assertThat(found.getName()).isEqualTo("dilbert");
            assertThat(((Engineer) found).getPrimaryLanguage()).isEqualTo("java");
        }
    }

    /** _PolymorphicTestBase.test_get_two */
    @MatrixTest
    void test_get_two(TestDatabase db) {
        Engine engine = fixture(db);
        try (Session sess = new Session(engine)) {
            Engineer found = sess.get(Engineer.class, e1.personId);
            assertThat(found.getName()).isEqualTo("dilbert");
            assertThat(found.getPrimaryLanguage()).isEqualTo("java");
        }
    }

    /** _PolymorphicTestBase.test_get_three */
    @MatrixTest
    void test_get_three(TestDatabase db) {
        Engine engine = fixture(db);
        try (Session sess = new Session(engine)) {
            Manager found = sess.get(Manager.class, b1.personId);
            assertThat(found).isInstanceOf(Boss.class);
            assertThat(found.getName()).isEqualTo("pointy haired boss");
            assertThat(((Boss) found).getGolfSwing()).isEqualTo("fore");
        }
    }

    /** _PolymorphicTestBase.test_filter_on_subclass_one_future */
    @MatrixTest
    void test_filter_on_subclass_one_future(TestDatabase db) {
        Engine engine = fixture(db);
        try (Session sess = new Session(engine)) {
            Engineer first = sess.scalars(select(Engineer.class).orderBy(Companies_Engineer_.personId)).first();
            assertThat(first.getName()).isEqualTo("dilbert");
        }
    }

    /** _PolymorphicTestBase.test_filter_on_subclass_three */
    @MatrixTest
    void test_filter_on_subclass_three(TestDatabase db) {
        Engine engine = fixture(db);
        try (Session sess = new Session(engine)) {
            Engineer found = sess.scalars(select(Engineer.class)
                    .where(Companies_Engineer_.personId.eq(e1.personId))).first();
            assertThat(found.getName()).isEqualTo("dilbert");
        }
    }

    /** _PolymorphicTestBase.test_filter_on_subclass_four */
    @MatrixTest
    void test_filter_on_subclass_four(TestDatabase db) {
        Engine engine = fixture(db);
        try (Session sess = new Session(engine)) {
            Manager found = sess.scalars(select(Manager.class)
                    .where(Companies_Manager_.personId.eq(m1.personId))).one();
            assertThat(found).isExactlyInstanceOf(Manager.class);
            assertThat(found.getName()).isEqualTo("dogbert");
        }
    }

    /** _PolymorphicTestBase.test_filter_on_subclass_five */
    @MatrixTest
    void test_filter_on_subclass_five(TestDatabase db) {
        Engine engine = fixture(db);
        try (Session sess = new Session(engine)) {
            Manager found = sess.scalars(select(Manager.class)
                    .where(Companies_Manager_.personId.eq(b1.personId))).one();
            assertThat(found).isInstanceOf(Boss.class);
            assertThat(found.getName()).isEqualTo("pointy haired boss");
        }
    }

    /** _PolymorphicTestBase.test_filter_on_subclass_six */
    @MatrixTest
    void test_filter_on_subclass_six(TestDatabase db) {
        Engine engine = fixture(db);
        try (Session sess = new Session(engine)) {
            Boss found = sess.scalars(select(Boss.class).where(Companies_Boss_.personId.eq(b1.personId))).one();
            assertThat(found.getName()).isEqualTo("pointy haired boss");
        }
    }

    /** _PolymorphicTestBase.test_expire */
    @MatrixTest
    void test_expire(TestDatabase db) {
        Engine engine = fixture(db);
        try (Session sess = new Session(engine)) {
            Manager m = sess.scalars(select(Manager.class).where(Companies_Person_.name.eq("dogbert"))).one();
            sess.expire(m);
            assertThat(m.getStatus()).isEqualTo("regular manager");

            Manager m2 = sess.scalars(select(Manager.class)
                    .where(Companies_Person_.name.eq("pointy haired boss"))).one();
            sess.expire(m2, "managerName", "golfSwing");
            assertThat(((Boss) m2).getGolfSwing()).isEqualTo("fore");
        }
    }
}
