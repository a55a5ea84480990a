package io.alchemy.orm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.orm.Session;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;

/** SQLAlchemy's {@code test/orm/test_session.py}: more {@code SessionStateTest} cases. */
@PortedFrom("test/orm/test_session.py")
class TestSessionMoreConformanceTest {

    /**
     * SessionStateTest.test_deleted_adds_to_imap_unconditionally, without its check of the state's
     * {@code session_id} (SQLAlchemy's attachment bookkeeping).
     */
    @MatrixTest
    void test_deleted_adds_to_imap_unconditionally(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u1 = new User("u1");
            sess.add(u1);
            sess.commit();
            sess.delete(u1);
            sess.flush();
            // object is not in session
            assertThat(sess.contains(u1)).isFalse();
            // mark as deleted again
            sess.delete(u1);
            // in the session again
            assertThat(sess.contains(u1)).isTrue();
            // commit proceeds w/ warning
            try (LogCapture log = LogCapture.of("io.alchemy.orm.persistence.DeleteWriter")) {
                sess.commit();
                assertThat(String.join("\n", log.messages())).containsPattern(
                        "DELETE statement on table 'users' expected to delete 1 row\\(s\\); 0 were matched.");
            }
        }
    }

    /** ExecutionTest.test_parameter_execute */
    @MatrixTest
    void test_parameter_execute(TestDatabase db) {
        io.alchemy.schema.Table users = Fixtures.standard().metadata().tableNamed("users");
        try (Session sess = new Session(Fixtures.engine(db))) {
            sess.execute(io.alchemy.Alchemy.insert(users), java.util.List.of(java.util.Map.of("id", 7, "name", "u7"),
                    java.util.Map.of("id", 8, "name", "u8")));
            sess.execute(io.alchemy.Alchemy.insert(users), java.util.Map.of("id", 9, "name", "u9"));
            assertThat(sess.execute(io.alchemy.Alchemy.select(users.c("id")).orderBy(users.c("id"))).all().stream()
                    .map(row -> ((Number) row.get(0)).intValue()).toList()).containsExactly(7, 8, 9);
        }
    }

    private static void dmlExecute(TestDatabase db, String dmlExpr, String coreorm) {
        io.alchemy.schema.Table users = Fixtures.standard().metadata().tableNamed("users");
        try (Session sess = new Session(Fixtures.withData(db))) {
            io.alchemy.sql.Executable stmt;
            if (coreorm.equals("orm")) {
                stmt = switch (dmlExpr) {
                    case "insert" -> io.alchemy.Alchemy.insert(User.class).values(java.util.Map.of("id", 12, "name",
                            "some user"));
                    case "update" -> io.alchemy.Alchemy.update(User.class).values(java.util.Map.of("name",
                            "sone name")).where(io.alchemy.orm.conformance.model.User_.id.eq(15));
                    default -> io.alchemy.Alchemy.delete(User.class).where(io.alchemy.orm.conformance.model.User_.id
                            .eq(15));
                };
            } else {
                stmt = switch (dmlExpr) {
                    case "insert" -> io.alchemy.Alchemy.insert(users).values(java.util.Map.of("id", 12, "name",
                            "some user"));
                    case "update" -> io.alchemy.Alchemy.update(users).values(java.util.Map.of("name", "sone name"))
                            .where(users.c("id").eq(15));
                    default -> io.alchemy.Alchemy.delete(users).where(users.c("id").eq(15));
                };
            }
            var result = sess.execute(stmt);
            result.close();
        }
    }

    /** NewStyleExecutionTest.test_dml_execute, ("insert", "core") */
    @MatrixTest
    void test_dml_execute_insert_core(TestDatabase db) {
        dmlExecute(db, "insert", "core");
    }

    /** NewStyleExecutionTest.test_dml_execute, ("update", "core") */
    @MatrixTest
    void test_dml_execute_update_core(TestDatabase db) {
        dmlExecute(db, "update", "core");
    }

    /** NewStyleExecutionTest.test_dml_execute, ("delete", "core") */
    @MatrixTest
    void test_dml_execute_delete_core(TestDatabase db) {
        dmlExecute(db, "delete", "core");
    }

    /** NewStyleExecutionTest.test_dml_execute, ("insert", "orm") */
    @MatrixTest
    void test_dml_execute_insert_orm(TestDatabase db) {
        dmlExecute(db, "insert", "orm");
    }

    /** NewStyleExecutionTest.test_dml_execute, ("update", "orm") */
    @MatrixTest
    void test_dml_execute_update_orm(TestDatabase db) {
        dmlExecute(db, "update", "orm");
    }

    /** NewStyleExecutionTest.test_dml_execute, ("delete", "orm") */
    @MatrixTest
    void test_dml_execute_delete_orm(TestDatabase db) {
        dmlExecute(db, "delete", "orm");
    }
}
