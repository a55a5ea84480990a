package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.Alchemy;
import io.alchemy.engine.Engine;
import io.alchemy.orm.insight.NPlusOneDetection;
import io.alchemy.orm.insight.NPlusOneTracker;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.testing.Allocations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What N+1 detection costs in allocations, measured with the JVM's per-thread allocation counter after warm-up: off,
 * a Session has no tracker and a lazy load allocates what it does without the option; on, counting allocates nothing
 * per load and one counter per relationship per transaction (and the tracker's maps once per Session).
 */
class NPlusOneAllocationTest {
    private static final int USERS = 20;

    @Test
    void detectionOffAllocatesNothingAndOnAllocatesABoundedAmount() {
        try (Engine engine = Alchemy.createEngine("jdbc:h2:mem:nplusone_alloc;DB_CLOSE_DELAY=-1")) {
            io.alchemy.schema.MetaData metadata = OrmFixture.registry().metadata();
            metadata.createAll(engine);
            engine.begin(conn -> {
                for (int u = 1; u <= USERS; u++) {
                    conn.execute(io.alchemy.Alchemy.insert(metadata.tableNamed("user_account")),
                            Map.of("id", u, "name", "user" + u, "fullname", "User " + u));
                }
            });
            SessionOptions plain = SessionOptions.DEFAULTS;
            SessionOptions off = SessionOptions.DEFAULTS.withNPlusOne(NPlusOneDetection.OFF);
            SessionOptions on = SessionOptions.DEFAULTS.withNPlusOne(NPlusOneDetection.warn(USERS + 1));
            double plainBytes = Double.MAX_VALUE;
            double offBytes = Double.MAX_VALUE;
            double onBytes = Double.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                plainBytes = Math.min(plainBytes, bytesPerLazyLoad(engine, plain));
                offBytes = Math.min(offBytes, bytesPerLazyLoad(engine, off));
                onBytes = Math.min(onBytes, bytesPerLazyLoad(engine, on));
            }
            System.out.printf("N+1 detection allocation per lazy load (transactions of %d lazy loads): without the "
                    + "option %.1f B, off %.1f B, on %.1f B%n", USERS, plainBytes, offBytes, onBytes);
            // off: no tracker, so the same code path as without the option; end to end, what differs between runs
            // is what H2 and the echo badges allocate (about 1 %), hence the margin
            assertThat(NPlusOneTracker.of(NPlusOneDetection.OFF)).isNull();
            assertThat(Math.abs(offBytes - plainBytes)).isLessThan(plainBytes * 0.03);
            assertThat(onBytes - offBytes).isLessThan(plainBytes * 0.03);
        }
    }

    @Test
    void countingAllocatesNothingPerLoadAndOneCounterPerRelationshipPerTransaction() {
        OrmFixture.registry();
        RelationshipProperty addresses = Mappers.of(User.class).relationship("addresses");
        NPlusOneTracker tracker = NPlusOneTracker.of(NPlusOneDetection.warn(1_000_000_000));
        for (int i = 0; i < 200_000; i++) {
            tracker.lazyLoad(addresses);
        }
        long before = Allocations.currentThreadBytes();
        for (int i = 0; i < 200_000; i++) {
            tracker.lazyLoad(addresses);
        }
        double perLoad = (Allocations.currentThreadBytes() - before) / 200_000.0;
        NPlusOneTracker perTransaction = NPlusOneTracker.of(NPlusOneDetection.warn(USERS + 1));
        for (int i = 0; i < 20_000; i++) {
            transaction(perTransaction, addresses);
        }
        before = Allocations.currentThreadBytes();
        for (int i = 0; i < 20_000; i++) {
            transaction(perTransaction, addresses);
        }
        double perTransactionBytes = (Allocations.currentThreadBytes() - before) / 20_000.0;
        System.out.printf("N+1 detection on: %.3f B per counted lazy load, %.1f B per transaction of %d lazy loads%n",
                perLoad, perTransactionBytes, USERS);
        assertThat(perLoad).isLessThan(1.0);
        assertThat(perTransactionBytes).isLessThan(256.0);           // a counter and the maps' iterators
    }

    private static void transaction(NPlusOneTracker tracker, RelationshipProperty relationship) {
        for (int load = 0; load < USERS; load++) {
            tracker.lazyLoad(relationship);
        }
        tracker.transactionEnded();
    }

    private static double bytesPerLazyLoad(Engine engine, SessionOptions options) {
        for (int i = 0; i < 200; i++) {
            oneTransaction(engine, options);
        }
        int transactions = 200;
        long before = Allocations.currentThreadBytes();
        for (int i = 0; i < transactions; i++) {
            oneTransaction(engine, options);
        }
        return (Allocations.currentThreadBytes() - before) / (double) (transactions * USERS);
    }

    private static void oneTransaction(Engine engine, SessionOptions options) {
        try (Session session = new Session(engine, options)) {
            List<User> users = session.scalars(select(User.class).orderBy(User_.id)).all();
            for (User user : users) {
                user.getAddresses().size();
            }
            session.commit();
        }
    }
}
