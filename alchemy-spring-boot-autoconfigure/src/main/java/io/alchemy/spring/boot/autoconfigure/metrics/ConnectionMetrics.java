package io.alchemy.spring.boot.autoconfigure.metrics;

import io.alchemy.event.ConnectionEvent;
import io.alchemy.event.ConnectionEvents;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An Engine listener measuring its connections: {@code alchemy.connections.acquire} (a timer of how long each
 * checkout took) and {@code alchemy.connections.active} (a gauge of Alchemy connections checked out now), both tagged
 * by {@code target}: {@code primary}, or {@code replica} for connections of read-only transactions routed to a read
 * replica.
 */
public final class ConnectionMetrics implements ConnectionEvents {
    private final MeterRegistry registry;
    private final Map<String, Meters> byTarget = new ConcurrentHashMap<>();

    /** Registers the primary's meters in {@code registry} (a replica's when its first connection is checked out). */
    public ConnectionMetrics(MeterRegistry registry) {
        this.registry = registry;
        meters("primary");
    }

    @Override
    public void onCheckout(ConnectionEvent event, long acquireNanos) {
        Meters meters = meters(event.connection().target());
        meters.acquire().record(acquireNanos, TimeUnit.NANOSECONDS);
        meters.active().incrementAndGet();
    }

    @Override
    public void onCheckin(ConnectionEvent event) {
        meters(event.connection().target()).active().decrementAndGet();
    }

    private Meters meters(String target) {
        return byTarget.computeIfAbsent(target, this::register);
    }

    private Meters register(String target) {
        Timer acquire = Timer.builder("alchemy.connections.acquire").tag("target", target)
                .description("Time to check a connection out for the Engine").register(registry);
        AtomicInteger active = new AtomicInteger();
        Gauge.builder("alchemy.connections.active", active, AtomicInteger::get).tag("target", target)
                .description("Connections the Engine has checked out").register(registry);
        return new Meters(acquire, active);
    }

    private record Meters(Timer acquire, AtomicInteger active) {
    }
}
