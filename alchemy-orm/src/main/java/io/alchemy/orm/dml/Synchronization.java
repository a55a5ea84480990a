package io.alchemy.orm.dml;

/**
 * How an ORM-enabled UPDATE or DELETE brings the Session's objects up to date: the DML layer's counterpart of
 * {@code io.alchemy.orm.SynchronizeSession}, which the Session translates into it.
 */
public enum Synchronization {
    /** {@link #EVALUATE} when the criteria can be evaluated in Java, otherwise {@link #FETCH}. */
    AUTO,
    /** Finds the matched rows' primary keys and updates or removes those objects. */
    FETCH,
    /** Evaluates the WHERE criteria against the objects in the identity map. */
    EVALUATE,
    /** Leaves the objects in the Session as they are. */
    NONE
}
