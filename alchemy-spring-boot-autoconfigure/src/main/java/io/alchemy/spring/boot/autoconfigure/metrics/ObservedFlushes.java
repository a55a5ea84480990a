package io.alchemy.spring.boot.autoconfigure.metrics;

import io.alchemy.orm.Session;
import io.alchemy.orm.SessionEvents;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Observes a Session's flushes (explicit, autoflush and before commit alike) as {@code alchemy.session.flushes}, and
 * counts the flushed objects with {@link FlushCounters}. Flushes with nothing to write are not observed. A listener
 * registered on the Sessions' options; the Session computes the counts only when a listener is there.
 *
 * <p>The observation starts with what the flush plans to write (an object with changes counts as an update) and ends
 * with what it wrote: an object whose changes cancelled out writes no UPDATE and is not counted.
 */
public final class ObservedFlushes implements SessionEvents {
    private final ObservationRegistry registry;
    private final FlushCounters counters;
    private final ThreadLocal<Running> running = new ThreadLocal<>();

    /** Reports to {@code registry} and {@code counters}. */
    public ObservedFlushes(ObservationRegistry registry, FlushCounters counters) {
        this.registry = registry;
        this.counters = counters;
    }

    @Override
    public void beforeFlush(Session session, FlushCounts counts) {
        Observation observation = counted(Observation.createNotStarted("alchemy.session.flushes", registry)
                .contextualName("alchemy flush"), counts).start();
        running.set(new Running(observation, observation.openScope()));
    }

    @Override
    public void afterFlush(Session session, FlushCounts counts) {
        Running current = running.get();
        if (current != null) {
            counted(current.observation(), counts);
        }
        finish(null);
        counters.flushed(counts.inserted(), counts.updated(), counts.deleted());
    }

    @Override
    public void afterFlushFailed(Session session, FlushCounts counts, RuntimeException failure) {
        finish(failure);
    }

    private static Observation counted(Observation observation, FlushCounts counts) {
        return observation.highCardinalityKeyValue("inserted", Integer.toString(counts.inserted()))
                .highCardinalityKeyValue("updated", Integer.toString(counts.updated()))
                .highCardinalityKeyValue("deleted", Integer.toString(counts.deleted()));
    }

    private void finish(RuntimeException failure) {
        Running current = running.get();
        running.remove();
        if (current == null) {
            return;
        }
        current.scope().close();
        if (failure != null) {
            current.observation().error(failure);
        }
        current.observation().stop();
    }

    private record Running(Observation observation, Observation.Scope scope) {
    }
}
