package io.alchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.Alchemy;
import io.alchemy.event.ConnectionEvents;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code onConnect} fires once per physical connection, from many threads at once, without a lock on checkout. */
class SeenConnectionsTest {

    @Test
    void eachObjectIsNewExactlyOnceEvenWhenThreadsRace() throws Exception {
        SeenConnections seen = new SeenConnections();
        List<Object> objects = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            objects.add(new Object());
        }
        AtomicInteger firsts = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            done.add(threads.submit(() -> {
                start.await();
                for (int round = 0; round < 200; round++) {
                    for (Object each : objects) {
                        if (seen.add(each)) {
                            firsts.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> each : done) {
            each.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(firsts.get()).isEqualTo(50);
        assertThat(seen.add(new Object())).isTrue();                 // an equal-looking new object is still new
    }

    @Test
    void anEngineReportsEachPhysicalConnectionOnce() throws Exception {
        Set<java.sql.Connection> physical = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        AtomicInteger connects = new AtomicInteger();
        try (Engine engine = Alchemy.createEngine("jdbc:h2:mem:seen_connections;DB_CLOSE_DELAY=-1",
                EngineOptions.builder().poolSize(3).build())) {
            engine.addListener(new ConnectionEvents() {
                @Override
                public void onConnect(java.sql.Connection jdbcConnection) {
                    connects.incrementAndGet();
                    try {
                        physical.add(jdbcConnection.unwrap(java.sql.Connection.class));
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        try (Connection conn = engine.connect()) {
                            conn.execute(Alchemy.text("SELECT 1")).all();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
            threads.shutdown();
        }
        assertThat(connects.get()).isEqualTo(physical.size()).isBetween(1, 3);
    }
}
