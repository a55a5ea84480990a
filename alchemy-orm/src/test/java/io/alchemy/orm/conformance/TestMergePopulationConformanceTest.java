package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.Orm.inspect;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.LoaderOptions;
import io.alchemy.orm.Session;
import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.Address_;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.conformance.model.User_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;
import java.util.function.Supplier;

/**
 * SQLAlchemy's {@code test/orm/test_merge.py}: {@code MergeTest.test_relationship_population_maintained}, the
 * variations with {@code viewonly="normal"} and {@code lazy="select"} (the standard mapping); each remaining variation
 * (load, merge_persistent, detach_original, direction) is one case.
 */
@PortedFrom("test/orm/test_merge.py")
class TestMergePopulationConformanceTest {

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

    private static void populationMaintained(TestDatabase db, boolean load, boolean mergePersistent, boolean detach,
            boolean o2m) {
        Engine engine = Fixtures.engine(db);
        try (Session s = new Session(engine)) {
            User u1 = new User("u1");
            u1.setId(1);
            s.add(u1);
            s.flush();
            for (int i = 1; i < 4; i++) {
                Address a = new Address("e" + i);
                a.setUserId(1);
                s.add(a);
            }
            s.commit();
            Object objToMerge;
            Class<?> clsToMerge;
            Object id;
            String attrname;
            if (o2m) {
                User u = s.scalars(select(User.class).options(LoaderOptions.joinedload(User_.addresses)))
                        .one();
                objToMerge = u;
                clsToMerge = User.class;
                id = u.getId();
                attrname = "addresses";
            } else {
                Address a = s.scalars(select(Address.class).where(Address_.emailAddress.eq("e1"))
                        .options(LoaderOptions.joinedload(Address_.user))).one();
                objToMerge = a;
                clsToMerge = Address.class;
                id = a.getId();
                attrname = "user";
            }
            assertThat(inspect(objToMerge).unloaded()).doesNotContain(attrname);
            try (Session s2 = new Session(engine)) {
                if (mergePersistent) {
                    s2.get(clsToMerge, id);
                }
                if (detach) {
                    s.expunge(objToMerge);
                }
                Object merged = counting(engine, !load ? 0 : mergePersistent ? 1 : 2,
                        () -> s2.merge(objToMerge, load));
                assertThat(inspect(merged).unloaded()).doesNotContain(attrname);
                counting(engine, 0, () -> {
                    if (o2m) {
                        assertThat(((User) merged).getAddresses()).extracting(Address::getUserId,
                                Address::getEmailAddress).containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(1, "e1"),
                                        org.assertj.core.groups.Tuple.tuple(1, "e2"),
                                        org.assertj.core.groups.Tuple.tuple(1, "e3"));
                    } else {
                        User user = ((Address) merged).getUser();
                        assertThat(user).isNotNull();
                        assertThat(List.of(user.getId(), user.getName())).containsExactly(1, "u1");
                    }
                    return null;
                });
            }
        }
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select, merge_persistent=merge_persistent, detach_original=detach, direction=o2m) */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, true, true, true, true);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select, merge_persistent=merge_persistent, detach_original=detach, direction=m2o) */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, true, true, true, false);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select, merge_persistent=merge_persistent, detach_original=persistent, direction=o2m) */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, true, true, false, true);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select, merge_persistent=merge_persistent, detach_original=persistent, direction=m2o) */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, true, true, false, false);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select, merge_persistent=merge_detached, detach_original=detach, direction=o2m) */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, true, false, true, true);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select, merge_persistent=merge_detached, detach_original=detach, direction=m2o) */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, true, false, true, false);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select, merge_persistent=merge_detached, detach_original=persistent, direction=o2m) */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, true, false, false, true);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=load, lazy=select, merge_persistent=merge_detached, detach_original=persistent, direction=m2o) */
    @MatrixTest
    void test_relationship_population_maintained_normal_load_select_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, true, false, false, false);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select, merge_persistent=merge_persistent, detach_original=detach, direction=o2m) */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_persistent_detach_o2m(TestDatabase db) {
        populationMaintained(db, false, true, true, true);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select, merge_persistent=merge_persistent, detach_original=detach, direction=m2o) */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_persistent_detach_m2o(TestDatabase db) {
        populationMaintained(db, false, true, true, false);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select, merge_persistent=merge_persistent, detach_original=persistent, direction=o2m) */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_persistent_persistent_o2m(TestDatabase db) {
        populationMaintained(db, false, true, false, true);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select, merge_persistent=merge_persistent, detach_original=persistent, direction=m2o) */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_persistent_persistent_m2o(TestDatabase db) {
        populationMaintained(db, false, true, false, false);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select, merge_persistent=merge_detached, detach_original=detach, direction=o2m) */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_detached_detach_o2m(TestDatabase db) {
        populationMaintained(db, false, false, true, true);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select, merge_persistent=merge_detached, detach_original=detach, direction=m2o) */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_detached_detach_m2o(TestDatabase db) {
        populationMaintained(db, false, false, true, false);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select, merge_persistent=merge_detached, detach_original=persistent, direction=o2m) */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_detached_persistent_o2m(TestDatabase db) {
        populationMaintained(db, false, false, false, true);
    }

    /** MergeTest.test_relationship_population_maintained (viewonly=normal, load=noload, lazy=select, merge_persistent=merge_detached, detach_original=persistent, direction=m2o) */
    @MatrixTest
    void test_relationship_population_maintained_normal_noload_select_merge_detached_persistent_m2o(TestDatabase db) {
        populationMaintained(db, false, false, false, false);
    }
}
