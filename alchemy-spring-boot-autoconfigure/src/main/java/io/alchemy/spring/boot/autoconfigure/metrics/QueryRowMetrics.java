package io.alchemy.spring.boot.autoconfigure.metrics;

import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An Engine listener recording {@code alchemy.statements.rows}: how many rows each query returned, by
 * {@code dialect} and {@code target} (primary, replica). Streamed results (read row by row later) are not counted.
 */
public final class QueryRowMetrics implements ConnectionEvents {
    private final MeterRegistry registry;
    private final Map<String, DistributionSummary> byDialect = new ConcurrentHashMap<>();

    /** Records into {@code registry}. */
    public QueryRowMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void afterExecute(StatementEvent event, StatementOutcome outcome) {
        if (outcome.rowsReturned() >= 0) {
            byDialect.computeIfAbsent(event.connection().dialectName() + "\u0000" + event.connection().target(),
                    this::summary).record(outcome.rowsReturned());
        }
    }

    private DistributionSummary summary(String dialectAndTarget) {
        String[] parts = dialectAndTarget.split("\u0000", 2);
        return DistributionSummary.builder("alchemy.statements.rows").baseUnit("rows")
                .description("Rows returned per query").tag("dialect", parts[0]).tag("target", parts[1])
                .register(registry);
    }
}
