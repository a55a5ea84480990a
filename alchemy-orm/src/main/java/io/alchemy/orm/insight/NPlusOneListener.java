package io.alchemy.orm.insight;

/** Told of every N+1 incident (to count them as a metric, keep the recent ones, …). Must be fast and thread-safe. */
@FunctionalInterface
public interface NPlusOneListener {

    /** An incident was found. */
    void incident(NPlusOneIncident incident);
}
