package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.FromStatement.fromStatement;
import static io.alchemy.orm.conformance.FlushSql.assertSqlExecution;
import static io.alchemy.orm.conformance.FlushSql.compiled;
import static io.alchemy.orm.conformance.Fixtures.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.Orm;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.inherit.Ported.AJoined;
import io.alchemy.orm.model.inherit.Ported.AJoinedSubA;
import io.alchemy.orm.model.inherit.Ported.AJoinedSubB;
import io.alchemy.orm.model.inherit.Ported.ASingle;
import io.alchemy.orm.model.inherit.Ported.ASingleSubA;
import io.alchemy.orm.model.inherit.Ported.ASingleSubB;
import io.alchemy.orm.model.inherit.Ported.Bar;
import io.alchemy.orm.model.inherit.Ported.Base;
import io.alchemy.orm.model.inherit.Ported.Blub;
import io.alchemy.orm.model.inherit.Ported.Foo;
import io.alchemy.orm.model.inherit.Ported.Sub;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;

/**
 * SQLAlchemy's {@code test/orm/inheritance/test_basic.py}: polymorphic get, the flush of a joined subclass and the
 * load of its expired columns, rows of the wrong class.
 */
@PortedFrom("test/orm/inheritance/test_basic.py")
class TestInheritanceBasicConformanceTest {

    private static Engine database(TestDatabase db, Class<?>... classes) {
        Engine engine = db.engine();
        Registry.of(classes).metadata().createAll(engine);
        return engine;
    }

    /** GetTest.test_get (polymorphic): get() of the base or a subclass finds the object; a class mismatch is None. */
    @MatrixTest
    void test_get(TestDatabase db) {
        Engine engine = database(db, Foo.class, Bar.class, Blub.class);
        try (Session sess = new Session(engine)) {
            Foo f = new Foo();
            Bar b = new Bar();
            Blub bl = new Blub();
            sess.add(f);
            sess.add(b);
            sess.add(bl);
            sess.flush();
            SqlRecorder recorder = SqlRecorder.on(engine);
            assertThat(sess.get(Foo.class, f.id)).isSameAs(f);
            assertThat(sess.get(Foo.class, b.id)).isSameAs(b);
            assertThat(sess.get(Foo.class, bl.id)).isSameAs(bl);
            assertThat(sess.get(Bar.class, b.id)).isSameAs(b);
            assertThat(sess.get(Bar.class, bl.id)).isSameAs(bl);
            assertThat(sess.get(Blub.class, bl.id)).isSameAs(bl);
            // class mismatches: the object is in the identity map but a subclass was requested
            assertThat(sess.get(Blub.class, f.id)).isNull();
            assertThat(sess.get(Blub.class, b.id)).isNull();
            assertThat(sess.get(Bar.class, f.id)).isNull();
            assertThat(recorder.takeStatements()).isEmpty();             // assert_sql_count(testing.db, go, 0)
            engine.removeListener(recorder);
        }
    }

    /**
     * OptimizedLoadTest.test_load_expired_on_pending (eager_defaults False, no RETURNING): the base row, then the
     * subclass row with the new key; the server defaults of both tables load in one SELECT joining them.
     */
    @MatrixTest
    void test_load_expired_on_pending(TestDatabase db) {
        Engine engine = database(db, Base.class, Sub.class);
        try (Session sess = new Session(engine)) {
            Sub s1 = new Sub();
            s1.data = "s1";
            sess.add(s1);
            assertSqlExecution(engine, sess::flush,
                    compiled("INSERT INTO base (data, type) VALUES (:data, :type)", params("data", "s1", "type", "sub")),
                    compiled("INSERT INTO sub (id, sub) VALUES (:id, :sub)", () -> params("id", s1.id, "sub", null)));
            assertThat(Orm.inspect(s1).unloaded()).contains("counter", "subcounter", "subcounter2");
            SqlRecorder recorder = SqlRecorder.on(engine);
            assertThat(s1.getSubcounter2()).isEqualTo(1);
            assertThat(recorder.takeStatements()).extracting(e -> e.sql().replace("\n", "")
                    .replace(" INNER JOIN ", " JOIN ")).containsExactly(             // MySQL's spelling of JOIN
                    "SELECT base.id AS base_id, base.data AS base_data, base.type AS base_type, base.counter AS "
                            + "base_counter, sub.sub AS sub_sub, sub.subcounter AS sub_subcounter, sub.subcounter2 AS "
                            + "sub_subcounter2 FROM base JOIN sub ON base.id = sub.id WHERE base.id = ?");
            engine.removeListener(recorder);
        }
    }

    /** UnexpectedPolymorphicIdentityTest.test_single_invalid_ident */
    @MatrixTest
    void test_single_invalid_ident(TestDatabase db) {
        Engine engine = database(db, ASingle.class, ASingleSubA.class, ASingleSubB.class);
        try (Session s = new Session(engine)) {
            s.add(new ASingleSubA());
            s.add(new ASingleSubB());
            s.commit();
        }
        try (Session s = new Session(engine)) {
            assertThatThrownBy(() -> s.scalars(fromStatement(select(ASingleSubA.class), select(ASingle.class))).all())
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageMatching("Row with identity key \\(.*ASingle.*\\) can't be loaded into an "
                            + "object; the polymorphic discriminator column '.*.type' refers "
                            + "to Mapper\\[ASingleSubB\\(asingle\\)\\], which is not a "
                            + "sub-mapper of the requested "
                            + "Mapper\\[ASingleSubA\\(asingle\\)\\]");
        }
    }

    /** UnexpectedPolymorphicIdentityTest.test_joined_invalid_ident */
    @MatrixTest
    void test_joined_invalid_ident(TestDatabase db) {
        Engine engine = database(db, AJoined.class, AJoinedSubA.class, AJoinedSubB.class);
        try (Session s = new Session(engine)) {
            s.add(new AJoinedSubA());
            s.add(new AJoinedSubB());
            s.commit();
        }
        try (Session s = new Session(engine)) {
            assertThatThrownBy(() -> s.scalars(fromStatement(select(AJoinedSubA.class), select(AJoined.class))).all())
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageMatching("Row with identity key \\(.*AJoined.*\\) can't be loaded into an "
                            + "object; the polymorphic discriminator column '.*.type' refers "
                            + "to Mapper\\[AJoinedSubB\\(ajoinedsubb\\)\\], which is "
                            + "not a "
                            + "sub-mapper of the requested "
                            + "Mapper\\[AJoinedSubA\\(ajoinedsuba\\)\\]");
        }
    }
}
