package io.alchemy.spring.boot.autoconfigure.metrics;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A Session whose flushes (explicit, autoflush and before commit alike) are observed as
 * {@code alchemy.session.flushes}, and whose flushed objects are counted by {@link FlushCounters}. Flushes with
 * nothing to write are not observed.
 */
public class ObservedSession extends Session {
    private final ObservationRegistry registry;
    private final FlushCounters counters;

    /** A Session on {@code engine} reporting to {@code registry} and {@code counters}. */
    public ObservedSession(Engine engine, SessionOptions options, ObservationRegistry registry, FlushCounters counters) {
        super(engine, options);
        this.registry = registry;
        this.counters = counters;
    }

    @Override
    public void flush() {
        Set<Object> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
        deleted.addAll(deleted());
        int inserted = newObjects().size();
        int updated = (int) dirty().stream().filter(object -> !deleted.contains(object)).count();
        if (inserted + updated + deleted.size() == 0) {
            super.flush();
            return;
        }
        Observation.createNotStarted("alchemy.session.flushes", registry)
                .contextualName("alchemy flush")
                .highCardinalityKeyValue("inserted", Integer.toString(inserted))
                .highCardinalityKeyValue("updated", Integer.toString(updated))
                .highCardinalityKeyValue("deleted", Integer.toString(deleted.size()))
                .observe(super::flush);
        counters.flushed(inserted, updated, deleted.size());
    }
}
