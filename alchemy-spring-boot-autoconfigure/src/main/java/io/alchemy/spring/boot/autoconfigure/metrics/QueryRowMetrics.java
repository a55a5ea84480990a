package io.alchemy.spring.boot.autoconfigure.metrics;

import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * An Engine listener recording {@code alchemy.statements.rows}: how many rows each query returned, by
 * {@code dialect}. Streamed results (read row by row later) are not counted.
 */
public final class QueryRowMetrics implements ConnectionEvents {
    private final MeterRegistry registry;

    /** Records into {@code registry}. */
    public QueryRowMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void afterExecute(StatementEvent event, StatementOutcome outcome) {
        if (outcome.rowsReturned() >= 0) {
            DistributionSummary.builder("alchemy.statements.rows").baseUnit("rows")
                    .description("Rows returned per query")
                    .tag("dialect", event.connection().dialect().name())
                    .register(registry).record(outcome.rowsReturned());
        }
    }
}
