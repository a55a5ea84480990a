package io.alchemy.spring.boot.autoconfigure.metrics;

import io.alchemy.event.ConnectionEvent;
import io.alchemy.event.ConnectionEvents;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An Engine listener measuring its connections: {@code alchemy.connections.acquire} (a timer of how long each
 * checkout took) and {@code alchemy.connections.active} (a gauge of Alchemy connections checked out now).
 */
public final class ConnectionMetrics implements ConnectionEvents {
    private final Timer acquire;
    private final AtomicInteger active = new AtomicInteger();

    /** Registers both meters in {@code registry}. */
    public ConnectionMetrics(MeterRegistry registry) {
        acquire = Timer.builder("alchemy.connections.acquire")
                .description("Time to check a connection out for the Engine").register(registry);
        Gauge.builder("alchemy.connections.active", active, AtomicInteger::get)
                .description("Connections the Engine has checked out").register(registry);
    }

    @Override
    public void onCheckout(ConnectionEvent event, long acquireNanos) {
        acquire.record(acquireNanos, TimeUnit.NANOSECONDS);
        active.incrementAndGet();
    }

    @Override
    public void onCheckin(ConnectionEvent event) {
        active.decrementAndGet();
    }
}
