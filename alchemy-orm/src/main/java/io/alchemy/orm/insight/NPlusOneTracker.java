package io.alchemy.orm.insight;

import io.alchemy.orm.exc.NPlusOneError;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.RelationshipProperty;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Session's N+1 counts for its current transaction: the lazy loads that ran SQL, per relationship; the
 * {@code get} misses and the reloads of expired objects, per entity. A relationship's lazy load is always the same
 * statement (its lazy clause with the parent's key bound), as is an entity's load by primary key, so each count is
 * the number of executions of one compiled statement. Counting is a lookup in a small identity map, with an
 * allocation only for the first load of each kind in a transaction (and the maps' iterators when it ends). Not
 * thread-safe, like the Session.
 */
public final class NPlusOneTracker {
    /** The logger of the incidents, at WARN. */
    public static final String LOGGER_NAME = "io.alchemy.orm.NPlusOne";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final NPlusOneDetection detection;
    private final Map<RelationshipProperty, Count> lazyLoads = new IdentityHashMap<>(8);
    private final Map<Mapper<?>, Count> gets = new IdentityHashMap<>(4);
    private final Map<Mapper<?>, Count> reloads = new IdentityHashMap<>(4);

    private NPlusOneTracker(NPlusOneDetection detection) {
        this.detection = detection;
    }

    /** A tracker, or {@code null} when detection is off (the Session then does nothing at all). */
    public static @Nullable NPlusOneTracker of(NPlusOneDetection detection) {
        return detection.enabled() ? new NPlusOneTracker(detection) : null;
    }

    /** A lazy load of {@code relationship} is about to run its SELECT. */
    public void lazyLoad(RelationshipProperty relationship) {
        Count count = lazyLoads.get(relationship);
        if (count == null) {
            count = new Count(NPlusOneIncident.Kind.LAZY_LOAD, relationship.parent(), relationship);
            lazyLoads.put(relationship, count);
        }
        counted(count);
    }

    /** {@code get(entity, id)} missed the identity map and is about to SELECT the row. */
    public void get(Mapper<?> mapper) {
        Count count = gets.get(mapper);
        if (count == null) {
            count = new Count(NPlusOneIncident.Kind.REPEATED_GET, mapper, null);
            gets.put(mapper, count);
        }
        counted(count);
    }

    /** An expired object of {@code mapper} is about to reload its row. */
    public void reload(Mapper<?> mapper) {
        Count count = reloads.get(mapper);
        if (count == null) {
            count = new Count(NPlusOneIncident.Kind.REPEATED_RELOAD, mapper, null);
            reloads.put(mapper, count);
        }
        counted(count);
    }

    /**
     * The transaction ended (commit, rollback or close): in warn mode, every count at the threshold or above is
     * reported with its final value; then all counts start again.
     */
    public void transactionEnded() {
        if (lazyLoads.isEmpty() && gets.isEmpty() && reloads.isEmpty()) {
            return;
        }
        if (detection.mode() == NPlusOneMode.WARN) {
            reportAll(lazyLoads);
            reportAll(gets);
            reportAll(reloads);
        }
        lazyLoads.clear();
        gets.clear();
        reloads.clear();
    }

    private void reportAll(Map<?, Count> counts) {
        for (Count count : counts.values()) {
            if (count.value >= detection.threshold()) {
                report(count.incident());
            }
        }
    }

    private void counted(Count count) {
        count.value++;
        if (count.value == detection.threshold() && detection.mode() == NPlusOneMode.RAISE) {
            NPlusOneIncident incident = count.incident();
            report(incident);
            throw new NPlusOneError(incident.message()
                    + " (raised because Session N+1 detection is in raise mode)", incident.subject(), incident.count());
        }
    }

    private void report(NPlusOneIncident incident) {
        if (detection.mode() == NPlusOneMode.WARN) {
            LOG.warn(incident.message());
        }
        for (NPlusOneListener listener : detection.listeners()) {
            listener.incident(incident);
        }
    }

    /** How many loads of one kind ran in the transaction. */
    private static final class Count {
        final NPlusOneIncident.Kind kind;
        final Mapper<?> mapper;
        final @Nullable RelationshipProperty relationship;
        int value;

        Count(NPlusOneIncident.Kind kind, Mapper<?> mapper, @Nullable RelationshipProperty relationship) {
            this.kind = kind;
            this.mapper = mapper;
            this.relationship = relationship;
        }

        NPlusOneIncident incident() {
            String entity = mapper.entityClass().getSimpleName();
            String name = relationship == null ? null : relationship.name();
            return new NPlusOneIncident(kind, entity, name, value, fix(entity), Instant.now());
        }

        private String fix(String entity) {
            return switch (kind) {
                case LAZY_LOAD -> "Load it with the query that loads the " + entity + " objects: .options(selectinload("
                        + entity + "_." + relationship.name() + ")), or set lazy = SELECTIN on "
                        + "@Relationship " + entity + "." + relationship.name() + ".";
                case REPEATED_GET -> "Load them with one query: select(" + entity + ".class).where(" + entity + "_."
                        + primaryKeyName() + ".in(ids)).";
                case REPEATED_RELOAD -> "Load them again with one query (select(" + entity + ".class).where(...)), or "
                        + "keep them from expiring (expireOnCommit = false).";
            };
        }

        private String primaryKeyName() {
            ColumnProperty first = mapper.primaryKey().get(0);
            return first.name();
        }
    }
}
