package io.alchemy.orm.insight;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One N+1 incident: within one Session transaction, the same one-row or one-parent statement ran {@code count} times.
 *
 * @param kind lazy loads of a relationship, or repeated loads of one entity by primary key
 * @param entity the simple name of the entity class whose objects triggered the loads ({@code User})
 * @param relationship the relationship lazily loaded ({@code addresses}), {@code null} for the other kinds
 * @param count how many times it ran in the transaction (at least the threshold)
 * @param fix what to write instead
 * @param detectedAt when it was reported
 */
public record NPlusOneIncident(Kind kind, String entity, @Nullable String relationship, int count, String fix,
        Instant detectedAt) {

    /** What ran again and again. */
    public enum Kind {
        /** Reading one relationship of each object ran its lazy-load SELECT once per object. */
        LAZY_LOAD,
        /** {@code session.get(Entity, id)} in a loop: one SELECT by primary key per object. */
        REPEATED_GET,
        /** Expired objects (after commit, {@code expire}) reloaded one row at a time as each was read. */
        REPEATED_RELOAD;

        /** The kind as a metric tag: {@code lazy_load}, {@code repeated_get}, {@code repeated_reload}. */
        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code User.addresses} for a lazy load, else the entity's name: the metric's {@code relationship} tag. */
    public String subject() {
        return relationship == null ? entity : entity + "." + relationship;
    }

    /** The sentence logged at WARN and put in {@link io.alchemy.orm.exc.NPlusOneError}. */
    public String message() {
        return switch (kind) {
            case LAZY_LOAD -> "N+1 queries: " + subject() + " was lazy-loaded " + count + " times in one transaction, "
                    + "one SELECT per " + entity + ". " + fix;
            case REPEATED_GET -> "Repeated statement (not a lazy load): get(" + entity + ", id) ran " + count
                    + " SELECTs by primary key in one transaction. " + fix;
            case REPEATED_RELOAD -> "Repeated statement (not a lazy load): expired " + entity + " objects were "
                    + "reloaded one row at a time, " + count + " SELECTs in one transaction. " + fix;
        };
    }
}
