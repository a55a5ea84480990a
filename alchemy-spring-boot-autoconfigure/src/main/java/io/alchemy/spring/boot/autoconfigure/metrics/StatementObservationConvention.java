package io.alchemy.spring.boot.autoconfigure.metrics;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags of {@code alchemy.statements}: low-cardinality {@code operation} (select, insert, update, delete,
 * ddl, other), {@code outcome} (success, error), {@code dialect} and {@code target} (primary, or replica for a
 * statement of a read-only transaction routed to a read replica); the SQL text only as the high-cardinality
 * {@code sql}, for traces. Declare a bean of this type to change them.
 */
public class StatementObservationConvention implements ObservationConvention<StatementObservationContext> {

    @Override
    public String getName() {
        return "alchemy.statements";
    }

    @Override
    public String getContextualName(StatementObservationContext context) {
        return "alchemy " + operation(context);
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(StatementObservationContext context) {
        return KeyValues.of("operation", operation(context), "outcome", context.outcome(), "dialect", context.dialect(),
                "target", context.statement().connection().target());
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(StatementObservationContext context) {
        return KeyValues.of("sql", context.statement().compiled().sql());
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof StatementObservationContext;
    }

    private static String operation(StatementObservationContext context) {
        return context.statement().compiled().kind().tag();
    }
}
