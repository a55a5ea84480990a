package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.Orm.inspect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.alchemy.engine.Engine;
import io.alchemy.orm.LoaderOptions;
import io.alchemy.orm.Session;
import io.alchemy.orm.metamodel.ColumnAttribute;
import io.alchemy.orm.metamodel.RelationshipAttribute;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * SQLAlchemy's {@code test/orm/test_merge.py}: {@code MergeTest.test_relationship_population_maintained} (#8862), each
 * variation one case: {@code viewonly} x {@code lazy} pick the mapping of users.addresses / addresses.user (the
 * standard fixture mapping for normal/select, the {@code model.pop*} packages for the others); {@code load},
 * {@code merge_persistent}, {@code detach_original} and {@code direction} the steps.
 */
@PortedFrom("test/orm/test_merge.py")
class TestMergePopulationConformanceTest {

    /** One mapping of users.addresses / addresses.user and how the test reaches its classes. */
    private record Mapping<U, A>(Function<TestDatabase, Engine> engine, Class<U> user, Class<A> address,
            BiFunction<Integer, String, U> newUser, BiFunction<Integer, String, A> newAddress,
            Function<U, List<A>> addresses, Function<A, U> userOf, Function<U, Object> userId,
            Function<U, Object> userName, Function<A, Object> addressUserId, Function<A, Object> email,
            Function<Object, Object> id) {
    }

    private static final Mapping<io.alchemy.orm.conformance.model.User, io.alchemy.orm.conformance.model.Address> NORMAL_SELECT =
            new Mapping<>(Fixtures::engine, io.alchemy.orm.conformance.model.User.class,
                    io.alchemy.orm.conformance.model.Address.class, (id, name) -> {
                        var u = new io.alchemy.orm.conformance.model.User(name);
                        u.setId(id);
                        return u;
                    }, (userId, email) -> {
                        var a = new io.alchemy.orm.conformance.model.Address(email);
                        a.setUserId(userId);
                        return a;
                    }, io.alchemy.orm.conformance.model.User::getAddresses,
                    io.alchemy.orm.conformance.model.Address::getUser, io.alchemy.orm.conformance.model.User::getId,
                    io.alchemy.orm.conformance.model.User::getName, io.alchemy.orm.conformance.model.Address::getUserId,
                    io.alchemy.orm.conformance.model.Address::getEmailAddress,
                    o -> o instanceof io.alchemy.orm.conformance.model.User u ? u.getId()
                            : ((io.alchemy.orm.conformance.model.Address) o).getId());

    private static final Mapping<io.alchemy.orm.conformance.model.popraise.User, io.alchemy.orm.conformance.model.popraise.Address> NORMAL_RAISE = new Mapping<>(
            db -> Fixtures.engineFor(db, io.alchemy.orm.conformance.model.popraise.User.class, io.alchemy.orm.conformance.model.popraise.Address.class), io.alchemy.orm.conformance.model.popraise.User.class, io.alchemy.orm.conformance.model.popraise.Address.class, (id, name) -> {
                var u = new io.alchemy.orm.conformance.model.popraise.User(name);
                u.setId(id);
                return u;
            }, io.alchemy.orm.conformance.model.popraise.Address::new, io.alchemy.orm.conformance.model.popraise.User::getAddresses, io.alchemy.orm.conformance.model.popraise.Address::getUser, io.alchemy.orm.conformance.model.popraise.User::getId, io.alchemy.orm.conformance.model.popraise.User::getName, io.alchemy.orm.conformance.model.popraise.Address::getUserId,
            io.alchemy.orm.conformance.model.popraise.Address::getEmailAddress, o -> o instanceof io.alchemy.orm.conformance.model.popraise.User u ? u.getId() : ((io.alchemy.orm.conformance.model.popraise.Address) o).getId());

    private static final Mapping<io.alchemy.orm.conformance.model.popraisesql.User, io.alchemy.orm.conformance.model.popraisesql.Address> NORMAL_RAISE_ON_SQL = new Mapping<>(
            db -> Fixtures.engineFor(db, io.alchemy.orm.conformance.model.popraisesql.User.class, io.alchemy.orm.conformance.model.popraisesql.Address.class), io.alchemy.orm.conformance.model.popraisesql.User.class, io.alchemy.orm.conformance.model.popraisesql.Address.class, (id, name) -> {
                var u = new io.alchemy.orm.conformance.model.popraisesql.User(name);
                u.setId(id);
                return u;
            }, io.alchemy.orm.conformance.model.popraisesql.Address::new, io.alchemy.orm.conformance.model.popraisesql.User::getAddresses, io.alchemy.orm.conformance.model.popraisesql.Address::getUser, io.alchemy.orm.conformance.model.popraisesql.User::getId, io.alchemy.orm.conformance.model.popraisesql.User::getName, io.alchemy.orm.conformance.model.popraisesql.Address::getUserId,
            io.alchemy.orm.conformance.model.popraisesql.Address::getEmailAddress, o -> o instanceof io.alchemy.orm.conformance.model.popraisesql.User u ? u.getId() : ((io.alchemy.orm.conformance.model.popraisesql.Address) o).getId());

    private static final Mapping<io.alchemy.orm.conformance.model.popviewonly.User, io.alchemy.orm.conformance.model.popviewonly.Address> VIEWONLY_SELECT = new Mapping<>(
            db -> Fixtures.engineFor(db, io.alchemy.orm.conformance.model.popviewonly.User.class, io.alchemy.orm.conformance.model.popviewonly.Address.class), io.alchemy.orm.conformance.model.popviewonly.User.class, io.alchemy.orm.conformance.model.popviewonly.Address.class, (id, name) -> {
                var u = new io.alchemy.orm.conformance.model.popviewonly.User(name);
                u.setId(id);
                return u;
            }, io.alchemy.orm.conformance.model.popviewonly.Address::new, io.alchemy.orm.conformance.model.popviewonly.User::getAddresses, io.alchemy.orm.conformance.model.popviewonly.Address::getUser, io.alchemy.orm.conformance.model.popviewonly.User::getId, io.alchemy.orm.conformance.model.popviewonly.User::getName, io.alchemy.orm.conformance.model.popviewonly.Address::getUserId,
            io.alchemy.orm.conformance.model.popviewonly.Address::getEmailAddress, o -> o instanceof io.alchemy.orm.conformance.model.popviewonly.User u ? u.getId() : ((io.alchemy.orm.conformance.model.popviewonly.Address) o).getId());

    private static final Mapping<io.alchemy.orm.conformance.model.popviewonlyraise.User, io.alchemy.orm.conformance.model.popviewonlyraise.Address> VIEWONLY_RAISE = new Mapping<>(
            db -> Fixtures.engineFor(db, io.alchemy.orm.conformance.model.popviewonlyraise.User.class, io.alchemy.orm.conformance.model.popviewonlyraise.Address.class), io.alchemy.orm.conformance.model.popviewonlyraise.User.class, io.alchemy.orm.conformance.model.popviewonlyraise.Address.class, (id, name) -> {
                var u = new io.alchemy.orm.conformance.model.popviewonlyraise.User(name);
                u.setId(id);
                return u;
            }, io.alchemy.orm.conformance.model.popviewonlyraise.Address::new, io.alchemy.orm.conformance.model.popviewonlyraise.User::getAddresses, io.alchemy.orm.conformance.model.popviewonlyraise.Address::getUser, io.alchemy.orm.conformance.model.popviewonlyraise.User::getId, io.alchemy.orm.conformance.model.popviewonlyraise.User::getName, io.alchemy.orm.conformance.model.popviewonlyraise.Address::getUserId,
            io.alchemy.orm.conformance.model.popviewonlyraise.Address::getEmailAddress, o -> o instanceof io.alchemy.orm.conformance.model.popviewonlyraise.User u ? u.getId() : ((io.alchemy.orm.conformance.model.popviewonlyraise.Address) o).getId());

    private static final Mapping<io.alchemy.orm.conformance.model.popviewonlyraisesql.User, io.alchemy.orm.conformance.model.popviewonlyraisesql.Address> VIEWONLY_RAISE_ON_SQL = new Mapping<>(
            db -> Fixtures.engineFor(db, io.alchemy.orm.conformance.model.popviewonlyraisesql.User.class, io.alchemy.orm.conformance.model.popviewonlyraisesql.Address.class), io.alchemy.orm.conformance.model.popviewonlyraisesql.User.class, io.alchemy.orm.conformance.model.popviewonlyraisesql.Address.class, (id, name) -> {
                var u = new io.alchemy.orm.conformance.model.popviewonlyraisesql.User(name);
                u.setId(id);
                return u;
            }, io.alchemy.orm.conformance.model.popviewonlyraisesql.Address::new, io.alchemy.orm.conformance.model.popviewonlyraisesql.User::getAddresses, io.alchemy.orm.conformance.model.popviewonlyraisesql.Address::getUser, io.alchemy.orm.conformance.model.popviewonlyraisesql.User::getId, io.alchemy.orm.conformance.model.popviewonlyraisesql.User::getName, io.alchemy.orm.conformance.model.popviewonlyraisesql.Address::getUserId,
            io.alchemy.orm.conformance.model.popviewonlyraisesql.Address::getEmailAddress, o -> o instanceof io.alchemy.orm.conformance.model.popviewonlyraisesql.User u ? u.getId() : ((io.alchemy.orm.conformance.model.popviewonlyraisesql.Address) o).getId());

    private static <T> T counting(Engine engine, long expected, Supplier<T> work) {
        SqlRecorder log = SqlRecorder.on(engine);
        try {
            T result = work.get();
            assertThat(log.statements()).as("statements").isEqualTo(expected);
            return result;
        } finally {
            engine.removeListener(log);
        }
    }

    @SuppressWarnings("unchecked")
    private static <U, A> void populationMaintained(TestDatabase db, Mapping<U, A> m, boolean load,
            boolean mergePersistent, boolean detach, boolean o2m) {
        Engine engine = m.engine().apply(db);
        try (Session s = new Session(engine)) {
            U u1 = m.newUser().apply(1, "u1");
            s.add(u1);
            s.flush();
            for (int i = 1; i < 4; i++) {
                s.add(m.newAddress().apply(1, "e" + i));
            }
            s.commit();
            Object objToMerge;
            Class<?> clsToMerge;
            String attrname;
            if (o2m) {
                clsToMerge = m.user();
                objToMerge = s.scalars(select(m.user())
                        .options(LoaderOptions.joinedload(RelationshipAttribute.of(m.user(), "addresses")))).one();
                attrname = "addresses";
            } else {
                clsToMerge = m.address();
                objToMerge = s.scalars(select(m.address())
                        .where(ColumnAttribute.<A, String>of(m.address(), "emailAddress").eq("e1"))
                        .options(LoaderOptions.joinedload(RelationshipAttribute.of(m.address(), "user")))).one();
                attrname = "user";
            }
            assertThat(inspect(objToMerge).unloaded()).doesNotContain(attrname);
            try (Session s2 = new Session(engine)) {
                if (mergePersistent) {
                    s2.get(clsToMerge, m.id().apply(objToMerge));
                }
                if (detach) {
                    s.expunge(objToMerge);
                }
                Object merged = counting(engine, !load ? 0 : mergePersistent ? 1 : 2,
                        () -> s2.merge(objToMerge, load));
                assertThat(inspect(merged).unloaded()).doesNotContain(attrname);
                counting(engine, 0, () -> {
                    if (o2m) {
                        assertThat(m.addresses().apply((U) merged)).extracting(a -> m.addressUserId().apply(a),
                                a -> m.email().apply(a)).containsExactly(tuple(1, "e1"), tuple(1, "e2"),
                                        tuple(1, "e3"));
                    } else {
                        U user = m.userOf().apply((A) merged);
                        assertThat(user).isNotNull();
                        assertThat(List.of(m.userId().apply(user), m.userName().apply(user)))
                                .containsExactly(1, "u1");
                    }
                    return null;
                });
            }
        }
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=select,
     * merge_persistent=merge_persistent, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_select_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, true, true, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=select,
     * merge_persistent=merge_persistent, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_select_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, true, true, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=select,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_select_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, true, true, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=select,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_select_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, true, true, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=select,
     * merge_persistent=merge_detached, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_select_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, true, false, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=select,
     * merge_persistent=merge_detached, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_select_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, true, false, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=select,
     * merge_persistent=merge_detached, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_select_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, true, false, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=select,
     * merge_persistent=merge_detached, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_select_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, true, false, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, true, true, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, true, true, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, true, true, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, true, true, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise,
     * merge_persistent=merge_detached, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, true, false, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise,
     * merge_persistent=merge_detached, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, true, false, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise,
     * merge_persistent=merge_detached, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, true, false, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise,
     * merge_persistent=merge_detached, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, true, false, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_on_sql_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, true, true, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_on_sql_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, true, true, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_on_sql_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, true, true, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_on_sql_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, true, true, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_on_sql_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, true, false, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_on_sql_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, true, false, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_on_sql_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, true, false, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_load_raise_on_sql_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, true, false, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=select,
     * merge_persistent=merge_persistent, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_select_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, false, true, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=select,
     * merge_persistent=merge_persistent, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_select_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, false, true, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=select,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_select_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, false, true, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=select,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_select_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, false, true, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=select,
     * merge_persistent=merge_detached, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_select_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, false, false, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=select,
     * merge_persistent=merge_detached, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_select_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, false, false, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=select,
     * merge_persistent=merge_detached, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_select_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, false, false, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=select,
     * merge_persistent=merge_detached, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_select_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_SELECT, false, false, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, false, true, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, false, true, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, false, true, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, false, true, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise,
     * merge_persistent=merge_detached, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, false, false, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise,
     * merge_persistent=merge_detached, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, false, false, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise,
     * merge_persistent=merge_detached, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, false, false, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise,
     * merge_persistent=merge_detached, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE, false, false, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_on_sql_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, false, true, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_on_sql_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, false, true, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_on_sql_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, false, true, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_on_sql_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, false, true, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_on_sql_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, false, false, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_on_sql_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, false, false, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_on_sql_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, false, false, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=viewonly, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_viewonly_noload_raise_on_sql_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, VIEWONLY_RAISE_ON_SQL, false, false, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select,
     * merge_persistent=merge_persistent, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, true, true, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select,
     * merge_persistent=merge_persistent, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, true, true, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, true, true, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, true, true, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select,
     * merge_persistent=merge_detached, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, true, false, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select,
     * merge_persistent=merge_detached, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, true, false, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select,
     * merge_persistent=merge_detached, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, true, false, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select,
     * merge_persistent=merge_detached, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, true, false, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, true, true, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, true, true, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, true, true, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, true, true, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise,
     * merge_persistent=merge_detached, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, true, false, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise,
     * merge_persistent=merge_detached, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, true, false, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise,
     * merge_persistent=merge_detached, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, true, false, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise,
     * merge_persistent=merge_detached, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, true, false, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_on_sql_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, true, true, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_on_sql_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, true, true, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_on_sql_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, true, true, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_on_sql_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, true, true, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_on_sql_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, true, false, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_on_sql_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, true, false, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_on_sql_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, true, false, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_raise_on_sql_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, true, false, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select,
     * merge_persistent=merge_persistent, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, false, true, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select,
     * merge_persistent=merge_persistent, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, false, true, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, false, true, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, false, true, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select,
     * merge_persistent=merge_detached, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, false, false, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select,
     * merge_persistent=merge_detached, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, false, false, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select,
     * merge_persistent=merge_detached, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, false, false, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select,
     * merge_persistent=merge_detached, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_SELECT, false, false, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, false, true, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, false, true, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, false, true, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, false, true, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise,
     * merge_persistent=merge_detached, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, false, false, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise,
     * merge_persistent=merge_detached, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, false, false, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise,
     * merge_persistent=merge_detached, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, false, false, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise,
     * merge_persistent=merge_detached, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE, false, false, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_on_sql_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, false, true, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_on_sql_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, false, true, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_on_sql_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, false, true, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_persistent, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_on_sql_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, false, true, false, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=detach, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_on_sql_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, false, false, true, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=detach, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_on_sql_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, false, false, true, false);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=persistent, direction=o2m)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_on_sql_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, false, false, false, true);
    }

    /**
     * MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=raise_on_sql,
     * merge_persistent=merge_detached, detach_original=persistent, direction=m2o)
     */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_raise_on_sql_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, NORMAL_RAISE_ON_SQL, false, false, false, false);
    }
}
