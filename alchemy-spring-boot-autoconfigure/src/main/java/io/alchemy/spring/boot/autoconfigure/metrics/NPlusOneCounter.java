package io.alchemy.spring.boot.autoconfigure.metrics;

import io.alchemy.orm.insight.NPlusOneIncident;
import io.alchemy.orm.insight.NPlusOneListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code alchemy.n_plus_one}: N+1 incidents of the Sessions, by {@code relationship} ({@code User.addresses}, or the
 * entity for repeated loads by primary key) and {@code kind} ({@code lazy_load}, {@code repeated_get},
 * {@code repeated_reload}).
 */
public final class NPlusOneCounter implements NPlusOneListener {
    private final MeterRegistry registry;

    /** Counts into {@code registry}. */
    public NPlusOneCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void incident(NPlusOneIncident incident) {
        Counter.builder("alchemy.n_plus_one").description("N+1 incidents: one statement run once per object")
                .tag("relationship", incident.subject()).tag("kind", incident.kind().tag())
                .register(registry).increment();
    }
}
