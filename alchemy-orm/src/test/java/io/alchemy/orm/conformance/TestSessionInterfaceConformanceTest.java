package io.alchemy.orm.conformance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.orm.Session;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.exc.UnmappedClassError;
import io.alchemy.orm.exc.UnmappedInstanceError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;
import java.util.function.Consumer;

/**
 * SQLAlchemy's {@code test/orm/test_session.py}: {@code SessionInterface}, bogus arguments to Session methods raise
 * actionable exceptions. SQLAlchemy's watchdog, which compares the guarded methods with the Session's public methods
 * found by introspection, and its {@code flush(objects=...)} guard (Alchemy's flush takes no objects) are not ported;
 * each guarded method is.
 */
@PortedFrom("test/orm/test_session.py")
class TestSessionInterfaceConformanceTest {

    /** Not mapped. */
    static final class Unmapped {
    }

    /** SessionInterface._test_instance_guards: each instance method refuses {@code userArg}. */
    private static void instanceGuards(TestDatabase db, Object userArg) {
        List<Consumer<Session>> methods = List.of(s -> s.contains(userArg), s -> s.isModified(userArg),
                s -> s.merge(userArg), s -> s.refresh(userArg), s -> s.add(userArg), s -> s.delete(userArg),
                s -> s.expire(userArg), s -> s.expunge(userArg), s -> s.addAll(List.of(userArg)));
        for (Consumer<Session> method : methods) {
            try (Session s = new Session(Fixtures.engine(db))) {
                assertThatThrownBy(() -> method.accept(s)).isInstanceOf(UnmappedInstanceError.class);
            }
        }
    }

    /** SessionInterface._test_class_guards: the methods taking a mapper refuse the class. */
    private static void classGuards(TestDatabase db, Class<?> userArg) {
        try (Session s = new Session(Fixtures.engine(db))) {
            assertThatThrownBy(() -> s.getBind(userArg)).isInstanceOf(UnmappedClassError.class);
            assertThatThrownBy(() -> s.connection(userArg)).isInstanceOf(UnmappedClassError.class);
        }
    }

    /** SessionInterface.test_unmapped_instance */
    @MatrixTest
    void test_unmapped_instance(TestDatabase db) {
        instanceGuards(db, new Unmapped());
        classGuards(db, Unmapped.class);
    }

    /** SessionInterface.test_unmapped_primitives (the class guards take a class in Java: not ported for values) */
    @MatrixTest
    void test_unmapped_primitives(TestDatabase db) {
        for (Object prim : List.of("doh", 123, List.of("t", "u", "p", "l", "e"))) {
            instanceGuards(db, prim);
        }
    }

    /** SessionInterface.test_unmapped_class_for_instance */
    @MatrixTest
    void test_unmapped_class_for_instance(TestDatabase db) {
        instanceGuards(db, Unmapped.class);
        classGuards(db, Unmapped.class);
    }

    /** SessionInterface.test_mapped_class_for_instance */
    @MatrixTest
    void test_mapped_class_for_instance(TestDatabase db) {
        instanceGuards(db, User.class);
    }
}
