package io.alchemy.orm.perf;

import static io.alchemy.Alchemy.select;

import io.alchemy.Alchemy;
import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.schema.Table;
import io.alchemy.testing.Allocations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A loop over the ORM's W1 (Session.get in a new session) and W2 (100 and 10,000 rows) workloads on H2, for a
 * profiler attached to the test JVM ({@code -DargLine=-XX:StartFlightRecording=...}); runs only with
 * {@code -Dalchemy.profile=<seconds per workload>}. Prints the bytes allocated per operation of each workload.
 */
@EnabledIfSystemProperty(named = "alchemy.profile", matches = "\\d+")
class OrmLoadProfile {

    @Test
    void profile() {
        long seconds = Long.getLong("alchemy.profile");
        String only = System.getProperty("alchemy.profile.only", "");
        try (Engine engine = Alchemy.createEngine("jdbc:h2:mem:orm_profile;DB_CLOSE_DELAY=-1")) {
            Table users = Registry.of(User.class, Address.class).metadata().tableNamed("user_account");
            Registry.of(User.class, Address.class).metadata().createAll(engine);
            engine.begin(conn -> {
                List<Map<String, ?>> rows = new ArrayList<>();
                for (int u = 1; u <= 10_000; u++) {
                    rows.add(Map.of("id", u, "name", "user" + u, "fullname", "User " + u));
                }
                conn.execute(Alchemy.insert(users), rows);
            });
            int[] next = {0};
            Runnable w1 = () -> {
                try (Session session = new Session(engine)) {
                    session.get(User.class, next[0]++ % 10_000 + 1);
                }
            };
            Runnable w2 = () -> {
                try (Session session = new Session(engine)) {
                    session.scalars(select(User.class).where(User_.id.le(100)).orderBy(User_.id)).all();
                }
            };
            Runnable w2big = () -> {
                try (Session session = new Session(engine)) {
                    session.scalars(select(User.class).where(User_.id.le(10_000)).orderBy(User_.id)).all();
                }
            };
            Runnable core100 = () -> {
                try (Connection conn = engine.connect()) {
                    for (Row row : conn.execute(select(users).where(users.c("id").le(100)).orderBy(users.c("id")))) {
                        row.get(0);
                    }
                }
            };
            Runnable identityMap100 = new Runnable() {
                @Override
                public void run() {
                    try (Session session = new Session(engine)) {
                        session.scalars(select(User.class).where(User_.id.le(100)).orderBy(User_.id)).all();
                        for (int i = 0; i < 10; i++) {
                            session.scalars(select(User.class).where(User_.id.le(100)).orderBy(User_.id)).all();
                        }
                    }
                }
            };
            Engine flushing = Alchemy.createEngine("jdbc:h2:mem:orm_profile_flush;DB_CLOSE_DELAY=-1");
            Registry.of(User.class, Address.class).metadata().createAll(flushing);
            Runnable flush1000 = () -> {
                try (Session session = new Session(flushing)) {
                    for (int i = 0; i < 1_000; i++) {
                        session.add(new User("new" + i, "New " + i));
                    }
                    session.flush();
                    session.rollback();
                }
            };
            run("flush-1000", flush1000, seconds, only);
            run("core-100", core100, seconds, only);
            run("W1", w1, seconds, only);
            run("W2-100", w2, seconds, only);
            run("W2-10000", w2big, seconds, only);
            run("W2-100-identity-map-x11", identityMap100, seconds, only);
        }
    }

    private static void run(String name, Runnable workload, long seconds, String only) {
        if (!only.isEmpty() && !java.util.Arrays.asList(only.split(",")).contains(name)) {
            return;
        }
        for (int i = 0; i < 200; i++) {
            workload.run();
        }
        long before = Allocations.currentThreadBytes();
        for (int i = 0; i < 200; i++) {
            workload.run();
        }
        long bytes = (Allocations.currentThreadBytes() - before) / 200;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long ops = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            workload.run();
            ops++;
        }
        System.out.printf("PROFILE %s: %,d B/op, %.1f us/op (%d ops, loaded machine)%n", name, bytes,
                (System.nanoTime() - start) / 1e3 / ops, ops);
    }
}
