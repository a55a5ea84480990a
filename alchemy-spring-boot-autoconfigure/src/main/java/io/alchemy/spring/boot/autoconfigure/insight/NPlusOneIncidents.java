package io.alchemy.spring.boot.autoconfigure.insight;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The N+1 incidents the Sessions reported, for {@code /actuator/alchemy}: the most recent ones (at most
 * {@link #RECENT}, the oldest dropped first) and how many there were per relationship or entity since start or the
 * last reset. Thread-safe.
 */
public final class NPlusOneIncidents {
    /** How many recent incidents are kept. */
    public static final int RECENT = 50;

    private final Deque<Incident> recent = new ArrayDeque<>();
    private final Map<String, Long> bySubject = new TreeMap<>();
    private long total;

    /**
     * One incident, as the endpoint shows it.
     *
     * @param kind {@code lazy_load}, {@code repeated_get} or {@code repeated_reload}
     * @param subject {@code User.addresses}, or the entity for the other kinds
     * @param entity the entity whose objects triggered the loads
     * @param relationship the relationship lazily loaded, or {@code null}
     * @param count the loads in the transaction
     * @param message the logged sentence, with the fix
     * @param detectedAt when it was reported
     */
    public record Incident(String kind, String subject, String entity, @Nullable String relationship, int count,
            String message, Instant detectedAt) {
    }

    /** Keeps {@code incident}. */
    public synchronized void add(Incident incident) {
        recent.addFirst(incident);
        if (recent.size() > RECENT) {
            recent.removeLast();
        }
        bySubject.merge(incident.subject(), 1L, Long::sum);
        total++;
    }

    /** The recent incidents, the newest first. */
    public synchronized List<Incident> recent() {
        return new ArrayList<>(recent);
    }

    /** Incidents per subject. */
    public synchronized Map<String, Long> bySubject() {
        return new TreeMap<>(bySubject);
    }

    /** All incidents since start or the last reset. */
    public synchronized long total() {
        return total;
    }

    /** Forgets every incident. */
    public synchronized void reset() {
        recent.clear();
        bySubject.clear();
        total = 0;
    }
}
