package io.alchemy.spring.boot.autoconfigure.metrics;

import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An Engine listener that observes every statement as {@code alchemy.statements}: started before the driver call
 * (so a trace's statement span is a child of the current one), stopped after it or on its error. Statements on one
 * thread nest (a listener may run SQL), hence a stack per thread.
 */
public final class StatementObservations implements ConnectionEvents {
    private final ObservationRegistry registry;
    private final StatementObservationConvention convention;
    private final ThreadLocal<Deque<Running>> running = ThreadLocal.withInitial(ArrayDeque::new);

    /** Observations in {@code registry}, named and tagged by {@code convention}. */
    public StatementObservations(ObservationRegistry registry, StatementObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    @Override
    public void beforeExecute(StatementEvent event) {
        StatementObservationContext context = new StatementObservationContext(event,
                event.connection().dialectName());
        Observation observation = Observation.createNotStarted(convention, () -> context, registry).start();
        running.get().push(new Running(observation, context));
    }

    @Override
    public void afterExecute(StatementEvent event, StatementOutcome outcome) {
        Running current = running.get().poll();
        if (current != null) {
            current.observation().stop();
        }
    }

    @Override
    public void onError(StatementEvent event, RuntimeException error) {
        Running current = running.get().poll();
        if (current != null) {
            current.context().failed();
            current.observation().error(error);
            current.observation().stop();
        }
    }

    private record Running(Observation observation, StatementObservationContext context) {
    }
}
