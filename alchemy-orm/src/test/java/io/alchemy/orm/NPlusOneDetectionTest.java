package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.LoaderOptions.selectinload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.exc.NPlusOneError;
import io.alchemy.orm.insight.NPlusOneDetection;
import io.alchemy.orm.insight.NPlusOneIncident;
import io.alchemy.orm.insight.NPlusOneTracker;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * N+1 detection in the Session: lazy loads of one relationship, {@code get} misses and reloads of expired objects,
 * counted per transaction; reported at WARN with the fix when the transaction ends, or raised at the threshold.
 */
class NPlusOneDetectionTest {
    private static final String ADDRESSES_INCIDENT = "N+1 queries: User.addresses was lazy-loaded 10 times in one "
            + "transaction, one SELECT per User. Load it with the query that loads the User objects: "
            + ".options(selectinload(User_.addresses)), or set lazy = SELECTIN on @Relationship User.addresses.";

    @MatrixTest
    void lazyLoadsPerRowAreOneIncidentLoggedWithTheFixWhenTheTransactionEnds(TestDatabase db) {
        Engine engine = LoaderStrategiesTest.users(db, 10, 2);
        List<NPlusOneIncident> incidents = new ArrayList<>();
        SessionFactory sessions = SessionFactory.of(engine, SessionOptions.DEFAULTS.withNPlusOne(
                NPlusOneDetection.warn(5).withListener(incidents::add)));
        SqlRecorder log = SqlRecorder.on(engine);
        try (LogCapture warnings = LogCapture.of(NPlusOneTracker.LOGGER_NAME)) {
            sessions.begin(session -> {
                for (User user : session.scalars(select(User.class).orderBy(User_.id)).all()) {
                    assertThat(user.getAddresses()).hasSize(2);
                }
                assertThat(incidents).isEmpty();                        // reported when the transaction ends
            });
            assertThat(log.statements()).isEqualTo(11);
            assertThat(warnings.messages()).containsExactly(ADDRESSES_INCIDENT);
        }
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.kind()).isEqualTo(NPlusOneIncident.Kind.LAZY_LOAD);
            assertThat(incident.entity()).isEqualTo("User");
            assertThat(incident.relationship()).isEqualTo("addresses");
            assertThat(incident.subject()).isEqualTo("User.addresses");
            assertThat(incident.count()).isEqualTo(10);
            assertThat(incident.message()).isEqualTo(ADDRESSES_INCIDENT);
        });
    }

    @MatrixTest
    void selectinloadIsNoIncident(TestDatabase db) {
        Engine engine = LoaderStrategiesTest.users(db, 10, 2);
        List<NPlusOneIncident> incidents = new ArrayList<>();
        SessionFactory sessions = SessionFactory.of(engine, SessionOptions.DEFAULTS.withNPlusOne(
                NPlusOneDetection.raise(2).withListener(incidents::add)));
        try (LogCapture warnings = LogCapture.of(NPlusOneTracker.LOGGER_NAME)) {
            int addresses = sessions.transaction(session -> session.scalars(select(User.class)
                    .options(selectinload(User_.addresses))).all().stream().mapToInt(u -> u.getAddresses().size()).sum());
            assertThat(addresses).isEqualTo(20);
            assertThat(warnings.messages()).isEmpty();
        }
        assertThat(incidents).isEmpty();
    }

    @MatrixTest
    void raiseModeRefusesTheLoadThatReachesTheThreshold(TestDatabase db) {
        Engine engine = LoaderStrategiesTest.users(db, 10, 2);
        List<NPlusOneIncident> incidents = new ArrayList<>();
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine, SessionOptions.DEFAULTS.withNPlusOne(
                NPlusOneDetection.raise(3).withListener(incidents::add)))) {
            List<User> users = session.scalars(select(User.class).orderBy(User_.id)).all();
            users.get(0).getAddresses().size();
            users.get(1).getAddresses().size();
            assertThatThrownBy(() -> users.get(2).getAddresses().size())
                    .isInstanceOf(NPlusOneError.class)
                    .hasMessage("N+1 queries: User.addresses was lazy-loaded 3 times in one transaction, one SELECT "
                            + "per User. Load it with the query that loads the User objects: "
                            + ".options(selectinload(User_.addresses)), or set lazy = SELECTIN on @Relationship "
                            + "User.addresses. (raised because Session N+1 detection is in raise mode)")
                    .satisfies(e -> {
                        assertThat(((NPlusOneError) e).subject()).isEqualTo("User.addresses");
                        assertThat(((NPlusOneError) e).count()).isEqualTo(3);
                    });
            assertThat(log.statements()).isEqualTo(3);                  // the third lazy load did not run
            assertThat(incidents).extracting(NPlusOneIncident::count).containsExactly(3);
        }
    }

    @MatrixTest
    void countsStartAgainWithEachTransactionAndStayBelowTheThreshold(TestDatabase db) {
        Engine engine = LoaderStrategiesTest.users(db, 8, 1);
        List<NPlusOneIncident> incidents = new ArrayList<>();
        try (Session session = new Session(engine, SessionOptions.DEFAULTS.withNPlusOne(
                NPlusOneDetection.raise(5).withListener(incidents::add)))) {
            List<User> users = session.scalars(select(User.class).orderBy(User_.id)).all();
            users.subList(0, 4).forEach(user -> user.getAddresses().size());
            session.commit();                                           // expires: the next reads reload
            List<User> again = session.scalars(select(User.class).orderBy(User_.id)).all();
            again.subList(4, 8).forEach(user -> user.getAddresses().size());
            session.commit();
        }
        assertThat(incidents).isEmpty();
    }

    @MatrixTest
    void manyToOneLazyLoadsCountUnlessTheTargetIsInTheIdentityMap(TestDatabase db) {
        Engine engine = LoaderStrategiesTest.users(db, 6, 1);
        List<NPlusOneIncident> incidents = new ArrayList<>();
        SessionFactory sessions = SessionFactory.of(engine, SessionOptions.DEFAULTS.withNPlusOne(
                NPlusOneDetection.warn(3).withListener(incidents::add)));
        sessions.begin(session -> session.scalars(select(Address.class)).all().forEach(Address::getUser));
        assertThat(incidents).extracting(NPlusOneIncident::subject, NPlusOneIncident::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Address.user", 6));
        incidents.clear();
        sessions.begin(session -> {
            session.scalars(select(User.class)).all();                  // every user in the identity map
            session.scalars(select(Address.class)).all().forEach(Address::getUser);
        });
        assertThat(incidents).isEmpty();
    }

    @MatrixTest
    void aLoopOfGetIsReportedAsARepeatedStatementNotALazyLoad(TestDatabase db) {
        Engine engine = LoaderStrategiesTest.users(db, 6, 0);
        List<NPlusOneIncident> incidents = new ArrayList<>();
        SessionFactory sessions = SessionFactory.of(engine, SessionOptions.DEFAULTS.withNPlusOne(
                NPlusOneDetection.warn(5).withListener(incidents::add)));
        try (LogCapture warnings = LogCapture.of(NPlusOneTracker.LOGGER_NAME)) {
            sessions.begin(session -> {
                for (int id = 1; id <= 6; id++) {
                    assertThat(session.get(User.class, id)).isNotNull();
                }
                session.get(User.class, 1);                             // in the identity map: no SQL, not counted
            });
            assertThat(warnings.messages()).containsExactly("Repeated statement (not a lazy load): get(User, id) ran "
                    + "6 SELECTs by primary key in one transaction. Load them with one query: "
                    + "select(User.class).where(User_.id.in(ids)).");
        }
        assertThat(incidents).extracting(NPlusOneIncident::kind).containsExactly(NPlusOneIncident.Kind.REPEATED_GET);
    }

    @MatrixTest
    void reloadingExpiredObjectsOneByOneIsARepeatedStatement(TestDatabase db) {
        Engine engine = LoaderStrategiesTest.users(db, 5, 0);
        List<NPlusOneIncident> incidents = new ArrayList<>();
        try (Session session = new Session(engine, SessionOptions.DEFAULTS.withNPlusOne(
                NPlusOneDetection.warn(5).withListener(incidents::add)))) {
            List<User> users = session.scalars(select(User.class)).all();
            session.commit();                                           // expires every user
            users.forEach(User::getName);                               // 5 reloads, one row each
            session.commit();
        }
        assertThat(incidents).extracting(NPlusOneIncident::subject, NPlusOneIncident::kind, NPlusOneIncident::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("User", NPlusOneIncident.Kind.REPEATED_RELOAD, 5));
        assertThat(incidents.get(0).message()).isEqualTo("Repeated statement (not a lazy load): expired User objects "
                + "were reloaded one row at a time, 5 SELECTs in one transaction. Load them again with one query "
                + "(select(User.class).where(...)), or keep them from expiring (expireOnCommit = false).");
    }

    @MatrixTest
    void offByDefault(TestDatabase db) {
        Engine engine = LoaderStrategiesTest.users(db, 10, 1);
        assertThat(SessionOptions.DEFAULTS.nPlusOne()).isEqualTo(NPlusOneDetection.OFF);
        try (LogCapture warnings = LogCapture.of(NPlusOneTracker.LOGGER_NAME);
                Session session = new Session(engine)) {
            session.scalars(select(User.class)).all().forEach(user -> user.getAddresses().size());
            session.commit();
            assertThat(warnings.messages()).isEmpty();
        }
        assertThat(NPlusOneTracker.of(NPlusOneDetection.OFF)).isNull();
    }

    @Test
    void theThresholdIsAtLeastTwo() {
        assertThatThrownBy(() -> NPlusOneDetection.warn(1)).isInstanceOf(ArgumentError.class)
                .hasMessage("The N+1 threshold must be at least 2, was 1");
    }
}
