package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;

/**
 * SQLAlchemy's {@code test/orm/test_cascade.py}, {@code O2MConflictTest}: a child moved from one parent to another
 * (the old parent deleted or not) ends up with the new parent's key ({@code _do_move_test(True)} then
 * {@code (False)}). Each mapping is a package {@code conformance.model.conflict…}.
 */
@PortedFrom("test/orm/test_cascade.py")
class TestCascadeConflictConformanceTest {

    /** O2MConflictTest.test_o2o_delete_old */
    @MatrixTest
    void test_o2o_delete_old(TestDatabase db) {
        io.alchemy.engine.Engine engine = Fixtures.engineFor(db, io.alchemy.orm.conformance.model.conflicto2o.Parent.class, io.alchemy.orm.conformance.model.conflicto2o.Child.class);
        for (boolean deleteOld : new boolean[] {true, false}) {
            try (Session sess = new Session(engine, SessionOptions.DEFAULTS.withAutoflush(false))) {
                var p1 = new io.alchemy.orm.conformance.model.conflicto2o.Parent();
                var p2 = new io.alchemy.orm.conformance.model.conflicto2o.Parent();
                var c1 = new io.alchemy.orm.conformance.model.conflicto2o.Child();
                p1.setChild(c1);
                sess.addAll(List.of(p1, c1));
                sess.flush();
                if (deleteOld) {
                    sess.delete(p1);
                }
                p2.setChild(c1);
                sess.add(p2);
                sess.flush();
                assertThat(sess.scalars(select(io.alchemy.orm.conformance.model.conflicto2o.Child.class).where(io.alchemy.orm.conformance.model.conflicto2o.Child_.parentId.eq(p2.getId()))).all())
                        .containsExactly(c1);
            }
        }
    }

    /** O2MConflictTest.test_o2m_delete_old */
    @MatrixTest
    void test_o2m_delete_old(TestDatabase db) {
        io.alchemy.engine.Engine engine = Fixtures.engineFor(db, io.alchemy.orm.conformance.model.conflicto2m.Parent.class, io.alchemy.orm.conformance.model.conflicto2m.Child.class);
        for (boolean deleteOld : new boolean[] {true, false}) {
            try (Session sess = new Session(engine, SessionOptions.DEFAULTS.withAutoflush(false))) {
                var p1 = new io.alchemy.orm.conformance.model.conflicto2m.Parent();
                var p2 = new io.alchemy.orm.conformance.model.conflicto2m.Parent();
                var c1 = new io.alchemy.orm.conformance.model.conflicto2m.Child();
                p1.getChild().add(c1);
                sess.addAll(List.of(p1, c1));
                sess.flush();
                if (deleteOld) {
                    sess.delete(p1);
                }
                p2.getChild().add(c1);
                sess.add(p2);
                sess.flush();
                assertThat(sess.scalars(select(io.alchemy.orm.conformance.model.conflicto2m.Child.class).where(io.alchemy.orm.conformance.model.conflicto2m.Child_.parentId.eq(p2.getId()))).all())
                        .containsExactly(c1);
            }
        }
    }

    /** O2MConflictTest.test_o2o_backref_delete_old */
    @MatrixTest
    void test_o2o_backref_delete_old(TestDatabase db) {
        io.alchemy.engine.Engine engine = Fixtures.engineFor(db, io.alchemy.orm.conformance.model.conflicto2obackref.Parent.class, io.alchemy.orm.conformance.model.conflicto2obackref.Child.class);
        for (boolean deleteOld : new boolean[] {true, false}) {
            try (Session sess = new Session(engine, SessionOptions.DEFAULTS.withAutoflush(false))) {
                var p1 = new io.alchemy.orm.conformance.model.conflicto2obackref.Parent();
                var p2 = new io.alchemy.orm.conformance.model.conflicto2obackref.Parent();
                var c1 = new io.alchemy.orm.conformance.model.conflicto2obackref.Child();
                p1.setChild(c1);
                sess.addAll(List.of(p1, c1));
                sess.flush();
                if (deleteOld) {
                    sess.delete(p1);
                }
                p2.setChild(c1);
                sess.add(p2);
                sess.flush();
                assertThat(sess.scalars(select(io.alchemy.orm.conformance.model.conflicto2obackref.Child.class).where(io.alchemy.orm.conformance.model.conflicto2obackref.Child_.parentId.eq(p2.getId()))).all())
                        .containsExactly(c1);
            }
        }
    }

    /** O2MConflictTest.test_o2o_delcascade_delete_old */
    @MatrixTest
    void test_o2o_delcascade_delete_old(TestDatabase db) {
        io.alchemy.engine.Engine engine = Fixtures.engineFor(db, io.alchemy.orm.conformance.model.conflicto2odelcascade.Parent.class, io.alchemy.orm.conformance.model.conflicto2odelcascade.Child.class);
        for (boolean deleteOld : new boolean[] {true, false}) {
            try (Session sess = new Session(engine, SessionOptions.DEFAULTS.withAutoflush(false))) {
                var p1 = new io.alchemy.orm.conformance.model.conflicto2odelcascade.Parent();
                var p2 = new io.alchemy.orm.conformance.model.conflicto2odelcascade.Parent();
                var c1 = new io.alchemy.orm.conformance.model.conflicto2odelcascade.Child();
                p1.setChild(c1);
                sess.addAll(List.of(p1, c1));
                sess.flush();
                if (deleteOld) {
                    sess.delete(p1);
                }
                p2.setChild(c1);
                sess.add(p2);
                sess.flush();
                assertThat(sess.scalars(select(io.alchemy.orm.conformance.model.conflicto2odelcascade.Child.class).where(io.alchemy.orm.conformance.model.conflicto2odelcascade.Child_.parentId.eq(p2.getId()))).all())
                        .containsExactly(c1);
            }
        }
    }

    /** O2MConflictTest.test_o2o_delorphan_delete_old */
    @MatrixTest
    void test_o2o_delorphan_delete_old(TestDatabase db) {
        io.alchemy.engine.Engine engine = Fixtures.engineFor(db, io.alchemy.orm.conformance.model.conflicto2odelorphan.Parent.class, io.alchemy.orm.conformance.model.conflicto2odelorphan.Child.class);
        for (boolean deleteOld : new boolean[] {true, false}) {
            try (Session sess = new Session(engine, SessionOptions.DEFAULTS.withAutoflush(false))) {
                var p1 = new io.alchemy.orm.conformance.model.conflicto2odelorphan.Parent();
                var p2 = new io.alchemy.orm.conformance.model.conflicto2odelorphan.Parent();
                var c1 = new io.alchemy.orm.conformance.model.conflicto2odelorphan.Child();
                p1.setChild(c1);
                sess.addAll(List.of(p1, c1));
                sess.flush();
                if (deleteOld) {
                    sess.delete(p1);
                }
                p2.setChild(c1);
                sess.add(p2);
                sess.flush();
                assertThat(sess.scalars(select(io.alchemy.orm.conformance.model.conflicto2odelorphan.Child.class).where(io.alchemy.orm.conformance.model.conflicto2odelorphan.Child_.parentId.eq(p2.getId()))).all())
                        .containsExactly(c1);
            }
        }
    }

    /** O2MConflictTest.test_o2o_delorphan_backref_delete_old */
    @MatrixTest
    void test_o2o_delorphan_backref_delete_old(TestDatabase db) {
        io.alchemy.engine.Engine engine = Fixtures.engineFor(db, io.alchemy.orm.conformance.model.conflicto2odelorphanbackref.Parent.class, io.alchemy.orm.conformance.model.conflicto2odelorphanbackref.Child.class);
        for (boolean deleteOld : new boolean[] {true, false}) {
            try (Session sess = new Session(engine, SessionOptions.DEFAULTS.withAutoflush(false))) {
                var p1 = new io.alchemy.orm.conformance.model.conflicto2odelorphanbackref.Parent();
                var p2 = new io.alchemy.orm.conformance.model.conflicto2odelorphanbackref.Parent();
                var c1 = new io.alchemy.orm.conformance.model.conflicto2odelorphanbackref.Child();
                p1.setChild(c1);
                sess.addAll(List.of(p1, c1));
                sess.flush();
                if (deleteOld) {
                    sess.delete(p1);
                }
                p2.setChild(c1);
                sess.add(p2);
                sess.flush();
                assertThat(sess.scalars(select(io.alchemy.orm.conformance.model.conflicto2odelorphanbackref.Child.class).where(io.alchemy.orm.conformance.model.conflicto2odelorphanbackref.Child_.parentId.eq(p2.getId()))).all())
                        .containsExactly(c1);
            }
        }
    }

}
