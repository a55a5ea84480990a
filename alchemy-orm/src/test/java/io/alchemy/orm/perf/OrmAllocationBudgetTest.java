package io.alchemy.orm.perf;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.Alchemy;
import io.alchemy.engine.CompiledCacheStats;
import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ORM's allocation budgets, on H2 after warm-up (the JVM's per-thread allocation counter): loading 100 new rows
 * costs at most 300 bytes a row more than Core's same SELECT, 100 rows already in the identity map at most 64 bytes
 * a row more; a flush of many new objects runs on one compiled statement whatever its size, within a budget per
 * object.
 */
class OrmAllocationBudgetTest {
    private static final int ROWS = 100;
    private static Engine engine;
    private static Table users;

    @BeforeAll
    static void database() {
        engine = Alchemy.createEngine("jdbc:h2:mem:orm_allocation_budget;DB_CLOSE_DELAY=-1");
        Registry registry = Registry.of(User.class, Address.class);
        registry.metadata().createAll(engine);
        users = registry.metadata().tableNamed("user_account");
        engine.begin(conn -> {
            List<Map<String, ?>> rows = new ArrayList<>();
            for (int u = 1; u <= ROWS; u++) {
                rows.add(Map.of("id", u, "name", "user" + u, "fullname", "User " + u));
            }
            conn.execute(Alchemy.insert(users), rows);
        });
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static List<User> ormSelect(Session session) {
        return session.scalars(select(User.class).where(User_.id.le(ROWS)).orderBy(User_.id)).all();
    }

    private static int coreSelect(Connection conn) {
        return conn.execute(select(users).where(users.c("id").le(ROWS)).orderBy(users.c("id"))).all().size();
    }

    @Test
    void loadingNewRowsCostsAtMost300BytesARowBeyondCore() {
        double core = Allocations.leastBytesPerRun(3, 500, 200, () -> {
            try (Connection conn = engine.connect()) {
                assertThat(coreSelect(conn)).isEqualTo(ROWS);
            }
        });
        double orm = Allocations.leastBytesPerRun(3, 500, 200, () -> {
            try (Session session = new Session(engine)) {
                assertThat(ormSelect(session)).hasSize(ROWS);
            }
        });
        double perRow = (orm - core) / ROWS;
        System.out.printf("ORM load of %d new rows: %.0f B, Core's same SELECT %.0f B: %.1f B a row beyond Core%n",
                ROWS, orm, core, perRow);
        assertThat(perRow).isLessThanOrEqualTo(300.0);
    }

    @Test
    void rowsAlreadyInTheIdentityMapCostAtMost64BytesARowBeyondCore() {
        double core;
        try (Connection conn = engine.connect()) {
            core = Allocations.leastBytesPerRun(3, 500, 200, () -> assertThat(coreSelect(conn)).isEqualTo(ROWS));
        }
        double orm;
        try (Session session = new Session(engine)) {
            List<User> loaded = ormSelect(session);           // held: the identity map keeps objects held elsewhere
            orm = Allocations.leastBytesPerRun(3, 500, 200, () -> assertThat(ormSelect(session)).isEqualTo(loaded));
        }
        double perRow = (orm - core) / ROWS;
        System.out.printf("ORM SELECT of %d rows in the identity map: %.0f B, Core's %.0f B: %.1f B a row beyond Core%n",
                ROWS, orm, core, perRow);
        assertThat(perRow).isLessThanOrEqualTo(64.0);
    }

    @Test
    void flushesOfDifferentSizesShareOneCompiledInsert() {
        Engine flushing = Alchemy.createEngine("jdbc:h2:mem:orm_allocation_flush;DB_CLOSE_DELAY=-1");
        try {
            Registry.of(User.class, Address.class).metadata().createAll(flushing);
            flush(flushing, 2);                               // compiles the INSERT … RETURNING of this shape
            CompiledCacheStats before = flushing.compiledCacheStats();
            for (int size = 3; size < 43; size++) {
                flush(flushing, size);
            }
            CompiledCacheStats after = flushing.compiledCacheStats();
            assertThat(after.size()).as("cache entries after 40 flushes of 3 … 42 objects").isEqualTo(before.size());
            assertThat(after.misses()).isEqualTo(before.misses());
            assertThat(after.hits() - before.hits()).isGreaterThanOrEqualTo(40);

            double perObject = Allocations.leastBytesPerRun(3, 20, 10, () -> flush(flushing, 1_000)) / 1_000;
            CompiledCacheStats large = flushing.compiledCacheStats();
            System.out.printf("flush of 1,000 new objects: %.0f B an object; compiled cache %s%n", perObject, large);
            assertThat(large.size()).isEqualTo(before.size());
            // H2's own work is most of it; the flush's part was about 2 KB an object more before it used
            // insertmanyvalues and the per-mapper lookups (8.5 KB in all)
            assertThat(perObject).isLessThan(7_500.0);
            try (Connection conn = flushing.connect()) {
                assertThat(conn.execute(Alchemy.text("SELECT count(*) FROM user_account")).scalarOne(Long.class))
                        .isEqualTo(2L + (3 + 42) * 40 / 2 + 1_000L * 50);
            }
        } finally {
            flushing.close();
        }
    }

    private static void flush(Engine target, int objects) {
        try (Session session = new Session(target)) {
            List<User> added = new ArrayList<>(objects);
            for (int i = 0; i < objects; i++) {
                added.add(new User("u" + i, "User " + i));
            }
            session.addAll(added);
            session.commit();
            assertThat(added.get(objects - 1).getId()).isEqualTo(added.get(0).getId() + objects - 1);
        }
    }
}
