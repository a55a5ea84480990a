package io.alchemy.faults;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.Alchemy;
import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.EngineOptions;
import io.alchemy.engine.ExecutionOptions;
import io.alchemy.engine.IsolationLevel;
import io.alchemy.engine.Retry;
import io.alchemy.exc.CommitOutcomeUnknownError;
import io.alchemy.exc.DBAPIError;
import io.alchemy.exc.IntegrityError;
import io.alchemy.exc.OperationalError;
import io.alchemy.exc.PoolTimeoutError;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionFactory;
import io.alchemy.orm.exc.PendingRollbackError;
import io.alchemy.orm.exc.StaleDataError;
import io.alchemy.testing.servers.PrivateServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The fault scenarios, run on one private server per database (subclasses): restarts and crashes under load, backends
 * killed mid-flush, mid-stream and right after check-in, an exhausted pool, deadlocks, lock timeouts and serialization
 * failures with the retry helper, concurrent optimistic-lock increments, and a COMMIT whose connection dies. Every
 * failure's exception type is asserted; the figures go to {@link FaultReport}. Bounded in time: each scenario runs
 * for seconds and has a timeout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class FaultScenarios {
    static final String DB = "faults";

    private PrivateServer server;

    /** Creates and starts the private server. */
    abstract PrivateServer createServer();

    /** {@code postgresql} or {@code mariadb}. */
    abstract String database();

    /** The query for the connection's server-side id. */
    abstract String backendIdQuery();

    /** Statement(s) making this transaction's lock waits fail fast. */
    abstract String lockTimeoutStatement();

    /** A query of {@code rows} rows of about 1 kB each, for streaming. */
    abstract String bigQuery(int rows);

    /** Whether the deadlock error is the database's deadlock (PostgreSQL 40P01, MariaDB 1213). */
    abstract boolean isDeadlock(DBAPIError error);

    /** Whether the error is the database's lock wait timeout (55P03, 1205). */
    abstract boolean isLockTimeout(DBAPIError error);

    /** The SQLState a statement gets after the server ended its session. */
    abstract String serverKillState();

    /**
     * Makes {@code conn}'s server side vanish without a word to the client (no error message on the wire): PostgreSQL
     * SIGKILLs the backend (the postmaster then restarts every backend), MariaDB's server is killed with SIGKILL.
     */
    abstract void loseWithoutAWord(Connection conn);

    @BeforeAll
    void startServer() {
        // like the database matrix: PostgreSQL and MariaDB only when the run selects them (-Dalchemy.test.databases)
        org.junit.jupiter.api.Assumptions.assumeTrue(
                io.alchemy.testing.DatabaseMatrix.selected().contains(database()),
                "the fault suite on " + database() + " runs when -Dalchemy.test.databases selects it");
        server = createServer();
        if (database().equals("postgresql")) {
            server.sql("postgres", "CREATE DATABASE " + DB);
        } else {
            server.sql("mysql", "CREATE DATABASE " + DB);
        }
    }

    @AfterAll
    void removeServer() {
        try {
            FaultReport.write();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    PrivateServer server() {
        return server;
    }

    Engine engine(EngineOptions options) {
        return Alchemy.createEngine(server.jdbcUrl(DB), options);
    }

    void report(String scenario, String figure, Object value) {
        FaultReport.add(database(), scenario, figure, value);
    }

    void recreate(Engine engine, String table, String columns) {
        engine.begin(conn -> {
            conn.execute(text("DROP TABLE IF EXISTS " + table));
            conn.execute(text("CREATE TABLE " + table + " (" + columns + ")"));
        });
    }

    long backendId(Connection conn) {
        return ((Number) conn.execute(text(backendIdQuery())).scalarOne()).longValue();
    }

    // ------------------------------------------------------------------------------------------------ scenarios

    /**
     * Four writers commit three-row transactions while the server is restarted once and crashed (kill -9) twice:
     * every transaction reported committed is there in full, none is there in part, and nothing is there that was not
     * committed (or whose COMMIT was reported of unknown outcome).
     */
    @Test
    @Order(1)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void restartsAndCrashesUnderLoadLoseNoCommittedTransaction() throws Exception {
        String scenario = "restarts and crashes under load";
        try (Engine engine = engine(EngineOptions.builder().poolSize(4).poolTimeout(Duration.ofSeconds(2))
                .prePing(true).build())) {
            recreate(engine, "ledger", "id BIGINT PRIMARY KEY, tx BIGINT NOT NULL, part INTEGER NOT NULL");
            Set<Long> committed = ConcurrentHashMap.newKeySet();
            Set<Long> unknown = ConcurrentHashMap.newKeySet();
            Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
            List<Throwable> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
            AtomicLong nextTx = new AtomicLong();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                futures.add(writers.submit(() -> {
                    while (running.get()) {
                        long tx = nextTx.incrementAndGet();
                        try {
                            engine.begin(conn -> {
                                List<Map<String, Object>> rows = new ArrayList<>();
                                for (int part = 0; part < 3; part++) {
                                    rows.add(Map.of("id", tx * 3 + part, "tx", tx, "part", part));
                                }
                                conn.execute(text("INSERT INTO ledger (id, tx, part) VALUES (:id, :tx, :part)"), rows);
                            });
                            committed.add(tx);
                        } catch (CommitOutcomeUnknownError e) {
                            unknown.add(tx);
                            failures.computeIfAbsent("CommitOutcomeUnknownError", k -> new AtomicInteger()).incrementAndGet();
                        } catch (OperationalError e) {
                            // a lost connection (connectionInvalidated) or no connection at all while the server is down
                            String kind = e.connectionInvalidated() ? "OperationalError (connection invalidated)"
                                    : e.getMessage().startsWith("(") && e.getMessage().contains("Could not connect")
                                    || e.getMessage().contains("Could not connect") ? "OperationalError (could not connect)"
                                    : "OperationalError (other)";
                            if (kind.endsWith("(other)")) {
                                unexpected.add(e);
                            }
                            failures.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                            pause(20);
                        } catch (PoolTimeoutError e) {
                            unexpected.add(e); // the writers never hold more connections than the pool has
                        } catch (RuntimeException e) {
                            unexpected.add(e);
                            failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    }
                }));
            }
            List<Long> recoveries = new ArrayList<>();
            try {
                pause(1500);
                recoveries.add(fault(committed, () -> server.restart()));
                pause(1500);
                recoveries.add(fault(committed, () -> server.crashAndRestart()));
                pause(1500);
                recoveries.add(fault(committed, () -> server.crashAndRestart()));
                pause(1000);
            } finally {
                running.set(false);
                writers.shutdown();
                assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            }
            for (Future<?> future : futures) {
                future.get();
            }
            Map<Long, Integer> partsByTx = new HashMap<>();
            try (Connection conn = engine.connect()) {
                conn.execute(text("SELECT tx, count(*) FROM ledger GROUP BY tx")).all()
                        .forEach(row -> partsByTx.put(((Number) row.get(0)).longValue(), ((Number) row.get(1)).intValue()));
            }
            long lost = committed.stream().filter(tx -> partsByTx.getOrDefault(tx, 0) != 3).count();
            long partial = partsByTx.values().stream().filter(n -> n != 3).count();
            long phantom = partsByTx.keySet().stream().filter(tx -> !committed.contains(tx) && !unknown.contains(tx))
                    .count();
            long unknownLanded = unknown.stream().filter(partsByTx::containsKey).count();
            report(scenario, "transactions committed", committed.size());
            report(scenario, "restarts / crashes (kill -9)", "1 / 2");
            report(scenario, "failed transactions by type", new java.util.TreeMap<>(failures));
            report(scenario, "commits of unknown outcome (of which landed)", unknown.size() + " (" + unknownLanded + ")");
            report(scenario, "lost committed transactions", lost);
            report(scenario, "partial transactions", partial);
            report(scenario, "rows of transactions not committed", phantom);
            report(scenario, "recovery time, fault to first commit (ms)", recoveries);
            assertThat(unexpected).as("failures of an unexpected type").isEmpty();
            assertThat(lost).as("lost committed transactions").isZero();
            assertThat(partial).as("partial transactions").isZero();
            assertThat(phantom).as("rows of transactions never reported committed").isZero();
            assertThat(committed).hasSizeGreaterThan(100);
        }
    }

    /** Runs {@code fault} and returns the time from its start until a writer's next commit, in ms. */
    private long fault(Set<Long> committed, Runnable fault) {
        long start = System.nanoTime();
        fault.run();
        int before = committed.size();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (committed.size() <= before && System.nanoTime() < deadline) {
            pause(5);
        }
        assertThat(committed.size()).as("a commit after the server came back").isGreaterThan(before);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * The server ends the Session's backend mid-transaction (PostgreSQL's {@code pg_terminate_backend}, MariaDB's
     * {@code KILL}): the flush throws the server's error with its SQLState, the Session needs a rollback, and after it
     * the object is gone from the identity map and can be added and committed again.
     */
    @Test
    @Order(2)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBackendKilledByTheServerFailsTheFlushWithTheServersError() {
        try (Engine engine = engine(EngineOptions.DEFAULTS)) {
            Registry.of(Item.class).metadata().dropAll(engine);
            Registry.of(Item.class).metadata().createAll(engine);
            try (Session session = new Session(engine)) {
                Item first = new Item(1, "squidward");
                session.add(first);
                session.flush();
                server.terminateConnection(backendId(session.connection()));
                session.add(new Item(2, "gary"));
                assertThatThrownBy(session::flush).isInstanceOf(DBAPIError.class)
                        .hasMessageContaining("[SQL: INSERT INTO item")
                        .satisfies(e -> assertThat(((DBAPIError) e).sqlState()).isEqualTo(serverKillState()))
                        .satisfies(e -> assertThat(((DBAPIError) e).connectionInvalidated()).isTrue());
                assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackError.class);
                assertThatCode(session::rollback).doesNotThrowAnyException();
                assertThat(session.contains(first)).isFalse();
                session.add(first);
                session.commit();
            }
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(text("SELECT id FROM item ORDER BY id")).scalars(Integer.class).all())
                        .containsExactly(1);
            }
        }
    }

    /**
     * The backend is terminated while a Session flushes 2,000 rows: the flush (or, when it finished first, the commit)
     * fails with a lost-connection error, and not one of the rows is in the table.
     */
    @Test
    @Order(3)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBackendKilledMidFlushLeavesNoRow() throws Exception {
        String scenario = "backend killed mid-flush";
        int rounds = 3;
        Map<String, Integer> failedAt = new java.util.TreeMap<>();
        try (Engine engine = engine(EngineOptions.DEFAULTS)) {
            Registry.of(Item.class).metadata().dropAll(engine);
            Registry.of(Item.class).metadata().createAll(engine);
            ExecutorService killer = Executors.newSingleThreadExecutor();
            try {
                for (int round = 0; round < rounds; round++) {
                    try (Session session = new Session(engine)) {
                        long id = backendId(session.connection());
                        for (int i = 0; i < 2000; i++) {
                            // ids from 1: MySQL and MariaDB store an explicit 0 in an AUTO_INCREMENT key as the next value
                            session.add(new Item(round * 10_000 + i + 1, "item " + i));
                        }
                        Future<?> kill = killer.submit(() -> {
                            pause(30);
                            server.terminateConnection(id);
                        });
                        RuntimeException failure = null;
                        String where = "flush";
                        try {
                            session.flush();
                            kill.get();
                            where = "commit";
                            session.commit();
                        } catch (RuntimeException e) {
                            failure = e;
                        }
                        kill.get();
                        assertThat(failure).as("the flush or commit after the kill fails").isNotNull();
                        assertThat(failure).as("the failure at %s", where).isInstanceOf(DBAPIError.class);
                        assertThat(((DBAPIError) failure).connectionInvalidated())
                                .as("the connection is invalidated by %s at %s", failure, where).isTrue();
                        failedAt.merge(where + ": " + failure.getClass().getSimpleName(), 1, Integer::sum);
                        assertThatCode(session::rollback).doesNotThrowAnyException();
                    }
                }
            } finally {
                killer.shutdownNow();
            }
            try (Connection conn = engine.connect()) {
                long rows = ((Number) conn.execute(text("SELECT count(*) FROM item")).scalarOne()).longValue();
                report(scenario, "rounds (2,000 rows each)", rounds);
                report(scenario, "where it failed", failedAt);
                report(scenario, "rows left behind", rows);
                assertThat(rows).isZero();
            }
        }
    }

    /** The backend is terminated while a result streams: the next fetch fails as a lost connection, close is quiet. */
    @Test
    @Order(4)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBackendKilledMidStreamFailsTheNextFetch() {
        try (Engine engine = engine(EngineOptions.builder().poolSize(1).build())) {
            Connection conn = engine.connect();
            conn.executionOptions(ExecutionOptions.yieldPer(100));
            io.alchemy.engine.Result result = conn.execute(text(bigQuery(200_000)));
            assertThat(result.fetchMany(100)).hasSize(100);
            server.terminateConnection(backendId(engine, conn));
            int fetched = 100;
            RuntimeException failure = null;
            try {
                List<?> batch;
                do {
                    batch = result.fetchMany(1000);
                    fetched += batch.size();
                } while (!batch.isEmpty());
            } catch (RuntimeException e) {
                failure = e;
            }
            report("backend killed mid-stream", "rows fetched before the failure (of 200,000)", fetched);
            assertThat(failure).as("a fetch after the kill fails").isInstanceOf(DBAPIError.class);
            assertThat(((DBAPIError) failure).connectionInvalidated()).isTrue();
            assertThatCode(conn::close).doesNotThrowAnyException();
            try (Connection next = engine.connect()) {
                assertThat(next.execute(text("SELECT 1")).scalarOne(Integer.class)).isEqualTo(1);
            }
        }
    }

    /** The id of {@code conn}'s backend, asked on another connection (a streaming connection is busy). */
    private long backendId(Engine engine, Connection conn) {
        List<Long> ids = server.connectionIds(DB);
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    /**
     * Connections killed right after they were returned to the pool: with {@code prePing} no checkout gets a dead
     * one; without it (HikariCP checks only connections idle for 500 ms) the failures are lost-connection errors.
     */
    @Test
    @Order(5)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void connectionsKilledRightAfterCheckinAreNotHandedOutWithPrePing() {
        String scenario = "backends killed right after check-in";
        for (boolean prePing : new boolean[] {true, false}) {
            try (Engine engine = engine(EngineOptions.builder().poolSize(4).prePing(prePing).build())) {
                List<Connection> held = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    held.add(engine.connect());
                    held.get(i).execute(text("SELECT 1"));
                }
                held.forEach(Connection::close);
                server.connectionIds(DB).forEach(server::terminateConnection);
                int failed = 0;
                for (int i = 0; i < 4; i++) {
                    try (Connection conn = engine.connect()) {
                        conn.execute(text("SELECT 1"));
                    } catch (DBAPIError e) {
                        assertThat(e.connectionInvalidated()).as("a checkout failure is a lost connection").isTrue();
                        failed++;
                    }
                }
                report(scenario, "failed checkouts of 4, prePing " + (prePing ? "on" : "off"), failed);
                if (prePing) {
                    assertThat(failed).isZero();
                }
                try (Connection conn = engine.connect()) {
                    assertThat(conn.execute(text("SELECT 1")).scalarOne(Integer.class)).isEqualTo(1);
                }
            }
        }
    }

    /**
     * An exhausted pool is a {@link PoolTimeoutError}; 400 failing statements in 4 threads leak no connection.
     */
    @Test
    @Order(6)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anExhaustedPoolTimesOutAndFailuresLeakNoConnection() throws Exception {
        String scenario = "pool exhaustion and failing operations";
        try (Engine engine = engine(EngineOptions.builder().poolSize(3).poolTimeout(Duration.ofMillis(300)).build())) {
            recreate(engine, "uniq", "id INTEGER PRIMARY KEY");
            engine.begin(conn -> conn.execute(text("INSERT INTO uniq (id) VALUES (1)")));
            List<Connection> held = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                held.add(engine.connect());
            }
            assertThatThrownBy(engine::connect).isInstanceOf(PoolTimeoutError.class)
                    .hasMessageContaining("Pool limit of size 3 reached");
            held.forEach(Connection::close);
            AtomicInteger integrityErrors = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(threads.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        try {
                            engine.begin(conn -> conn.execute(text("INSERT INTO uniq (id) VALUES (1)")));
                        } catch (IntegrityError e) {
                            integrityErrors.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            threads.shutdown();
            for (int i = 0; i < 3; i++) {
                held.set(i, engine.connect()); // a leaked connection would make one of these time out
            }
            held.forEach(Connection::close);
            report(scenario, "failing operations (all IntegrityError)", integrityErrors.get());
            report(scenario, "connections leaked", 0);
            assertThat(integrityErrors).hasValue(400);
            assertThat(server.connectionIds(DB)).hasSizeLessThanOrEqualTo(3);
        }
    }

    /**
     * Two transactions update two rows in opposite order, meeting at a barrier on their first attempt: the database
     * picks a deadlock victim, whose {@link OperationalError} is retryable, and {@link Retry} runs it again to success.
     */
    @Test
    @Order(7)
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void deadlocksAreRetryableAndTheRetryHelperCommitsBoth() throws Exception {
        String scenario = "deadlocks with Retry.onTransient";
        int rounds = 3;
        AtomicInteger deadlocks = new AtomicInteger();
        try (Engine engine = engine(EngineOptions.DEFAULTS)) {
            recreate(engine, "acct", "id INTEGER PRIMARY KEY, n INTEGER NOT NULL");
            engine.begin(conn -> conn.execute(text("INSERT INTO acct (id, n) VALUES (1, 0), (2, 0)")));
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < rounds; round++) {
                    CyclicBarrier barrier = new CyclicBarrier(2);
                    List<Future<?>> futures = new ArrayList<>();
                    for (int[] order : new int[][] {{1, 2}, {2, 1}}) {
                        AtomicBoolean firstAttempt = new AtomicBoolean(true);
                        futures.add(threads.submit(() -> engine.begin(conn -> {
                            try {
                                conn.execute(text("UPDATE acct SET n = n + 1 WHERE id = :id"), Map.of("id", order[0]));
                                if (firstAttempt.getAndSet(false)) {
                                    barrier.await(20, TimeUnit.SECONDS);
                                }
                                conn.execute(text("UPDATE acct SET n = n + 1 WHERE id = :id"), Map.of("id", order[1]));
                            } catch (DBAPIError e) {
                                assertThat(e).isInstanceOf(OperationalError.class);
                                assertThat(isDeadlock(e)).as("deadlock error: " + e).isTrue();
                                assertThat(e.isRetryable()).isTrue();
                                deadlocks.incrementAndGet();
                                throw e;
                            }
                        }, Retry.onTransient(5, Duration.ofMillis(20)))));
                    }
                    for (Future<?> future : futures) {
                        future.get(60, TimeUnit.SECONDS);
                    }
                }
            } finally {
                threads.shutdownNow();
            }
            try (Connection conn = engine.connect()) {
                List<Integer> values = conn.execute(text("SELECT n FROM acct ORDER BY id")).scalars(Integer.class).all();
                report(scenario, "rounds (2 crossing transactions each)", rounds);
                report(scenario, "deadlocks detected and retried", deadlocks.get());
                report(scenario, "transactions committed", 2 * rounds);
                assertThat(values).containsExactly(2 * rounds, 2 * rounds);
                assertThat(deadlocks.get()).isGreaterThanOrEqualTo(rounds);
            }
        }
    }

    /** A lock wait timeout is retryable: the retry succeeds once the lock holder has committed. */
    @Test
    @Order(8)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLockTimeoutIsRetryable() throws Exception {
        AtomicInteger timeouts = new AtomicInteger();
        try (Engine engine = engine(EngineOptions.DEFAULTS)) {
            recreate(engine, "locked", "id INTEGER PRIMARY KEY, n INTEGER NOT NULL");
            engine.begin(conn -> conn.execute(text("INSERT INTO locked (id, n) VALUES (1, 0)")));
            CountDownLatch timedOut = new CountDownLatch(1);
            Connection holder = engine.connect();
            holder.execute(text("UPDATE locked SET n = n + 1 WHERE id = 1"));
            Future<?> waiter = Executors.newSingleThreadExecutor().submit(() -> engine.begin(conn -> {
                conn.execute(text(lockTimeoutStatement()));
                try {
                    conn.execute(text("UPDATE locked SET n = n + 10 WHERE id = 1"));
                } catch (DBAPIError e) {
                    assertThat(isLockTimeout(e)).as("lock timeout error: " + e).isTrue();
                    assertThat(e.isRetryable()).isTrue();
                    timeouts.incrementAndGet();
                    timedOut.countDown();
                    throw e;
                }
            }, Retry.onTransient(5, Duration.ofMillis(50))));
            assertThat(timedOut.await(30, TimeUnit.SECONDS)).isTrue();
            holder.commit();
            holder.close();
            waiter.get(30, TimeUnit.SECONDS);
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(text("SELECT n FROM locked")).scalarOne(Integer.class)).isEqualTo(11);
            }
            report("lock wait timeout with Retry.onTransient", "lock timeouts retried, then committed", timeouts.get());
        }
    }

    /**
     * Four threads increment one version-guarded counter 50 times each through Sessions: conflicts are
     * {@link StaleDataError}s, repeated by the caller, and no increment is lost.
     */
    @Test
    @Order(9)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void optimisticLockIncrementsLoseNoUpdate() throws Exception {
        String scenario = "optimistic-lock increments";
        int threadsCount = 4;
        int perThread = 50;
        AtomicInteger conflicts = new AtomicInteger();
        try (Engine engine = engine(EngineOptions.builder().poolSize(threadsCount).build())) {
            Registry.of(Counter.class).metadata().dropAll(engine);
            Registry.of(Counter.class).metadata().createAll(engine);
            SessionFactory sessions = SessionFactory.of(engine);
            sessions.begin(session -> session.add(new Counter(1)));
            ExecutorService threads = Executors.newFixedThreadPool(threadsCount);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threadsCount; t++) {
                futures.add(threads.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        while (true) {
                            try {
                                sessions.begin(session -> session.get(Counter.class, 1).increment(),
                                        Retry.onTransient(5, Duration.ofMillis(10)));
                                break;
                            } catch (StaleDataError e) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            threads.shutdown();
            long total = sessions.transaction(session -> session.get(Counter.class, 1).getTotal());
            report(scenario, "increments (threads x each)", threadsCount + " x " + perThread);
            report(scenario, "version conflicts (StaleDataError, repeated)", conflicts.get());
            report(scenario, "lost updates", threadsCount * perThread - total);
            assertThat(total).isEqualTo(threadsCount * perThread);
        }
    }

    /**
     * A transaction whose own connection is terminated before COMMIT is retryable: {@link Retry} runs it again and it
     * commits once.
     */
    @Test
    @Order(10)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aDisconnectBeforeCommitIsRetriedAndCommitsOnce() {
        AtomicInteger attempts = new AtomicInteger();
        try (Engine engine = engine(EngineOptions.builder().prePing(true).build())) {
            recreate(engine, "once", "id INTEGER PRIMARY KEY, attempt INTEGER NOT NULL");
            engine.begin(conn -> {
                int attempt = attempts.incrementAndGet();
                conn.execute(text("INSERT INTO once (id, attempt) VALUES (1, :a)"), Map.of("a", attempt));
                if (attempt == 1) {
                    server.terminateConnection(backendId(conn));
                    conn.execute(text("SELECT 1"));
                }
            }, Retry.onTransient(3, Duration.ofMillis(10)));
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(text("SELECT attempt FROM once")).scalars(Integer.class).all()).containsExactly(2);
            }
            report("disconnect before COMMIT with Retry.onTransient", "attempts to commit once", attempts.get());
        }
    }

    /**
     * The connection's server side dies without a word (kill -9) between the last statement and COMMIT: the COMMIT's
     * outcome cannot be known on this side, so it fails with a {@link CommitOutcomeUnknownError}, which is not
     * retryable.
     */
    @Test
    @Order(11)
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aConnectionLostDuringCommitIsACommitOfUnknownOutcome() {
        try (Engine engine = engine(EngineOptions.builder().prePing(true).build())) {
            recreate(engine, "maybe", "id INTEGER PRIMARY KEY");
            Connection conn = engine.connect();
            conn.execute(text("INSERT INTO maybe (id) VALUES (1)"));
            loseWithoutAWord(conn);
            try {
                assertThatThrownBy(conn::commit).isInstanceOf(CommitOutcomeUnknownError.class)
                        .satisfies(e -> assertThat(((CommitOutcomeUnknownError) e).isRetryable()).isFalse())
                        .satisfies(e -> assertThat(Retry.isRetryable(e)).isFalse());
                assertThat(conn.inTransaction()).isFalse();
                assertThatCode(conn::close).doesNotThrowAnyException();
            } finally {
                server.start();
            }
            try (Connection next = engine.connect()) {
                long rows = ((Number) next.execute(text("SELECT count(*) FROM maybe")).scalarOne()).longValue();
                report("server side killed before COMMIT", "CommitOutcomeUnknownError raised; rows that landed", rows);
            }
        }
    }

    /** PostgreSQL only: a serialization failure (40001) under REPEATABLE READ is retried to success. */
    void serializationFailureIsRetried() throws Exception {
        AtomicInteger failures = new AtomicInteger();
        try (Engine engine = engine(EngineOptions.builder().isolationLevel(IsolationLevel.REPEATABLE_READ).build())) {
            recreate(engine, "snap", "id INTEGER PRIMARY KEY, n INTEGER NOT NULL");
            engine.begin(conn -> conn.execute(text("INSERT INTO snap (id, n) VALUES (1, 0)")));
            AtomicBoolean first = new AtomicBoolean(true);
            engine.begin(conn -> {
                conn.execute(text("SELECT n FROM snap WHERE id = 1")).all(); // the snapshot is taken here
                if (first.getAndSet(false)) {
                    Executors.newSingleThreadExecutor().submit(() -> engine.begin(other ->
                            other.execute(text("UPDATE snap SET n = n + 100 WHERE id = 1")))).get(30, TimeUnit.SECONDS);
                }
                try {
                    conn.execute(text("UPDATE snap SET n = n + 1 WHERE id = 1"));
                } catch (DBAPIError e) {
                    assertThat(e.sqlState()).isEqualTo("40001");
                    assertThat(e.isRetryable()).isTrue();
                    failures.incrementAndGet();
                    throw e;
                }
            }, Retry.onTransient(3, Duration.ofMillis(10)));
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(text("SELECT n FROM snap")).scalarOne(Integer.class)).isEqualTo(101);
            }
            report("serialization failure with Retry.onTransient", "serialization failures retried", failures.get());
            assertThat(failures).hasValue(1);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
