package io.alchemy.orm;

/**
 * How an ORM-enabled UPDATE or DELETE with WHERE criteria ({@code update(User.class).where(…)}) brings the objects
 * already in the Session up to date (SQLAlchemy's {@code synchronize_session} execution option).
 */
public enum SynchronizeSession {
    /** {@link #EVALUATE} when the criteria can be evaluated in Java, otherwise {@link #FETCH}. The default. */
    AUTO,
    /**
     * Finds the matched rows' primary keys (with RETURNING where the database has it, else a SELECT first) and
     * updates or removes those objects.
     */
    FETCH,
    /**
     * Evaluates the WHERE criteria against the objects in the identity map and updates or removes the matching ones;
     * {@link io.alchemy.orm.exc.UnevaluatableError} when a criterion cannot be evaluated.
     */
    EVALUATE,
    /** Leaves the objects in the Session as they are; they may be stale until expired. */
    NONE
}
