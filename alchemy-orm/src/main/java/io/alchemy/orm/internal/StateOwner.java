package io.alchemy.orm.internal;

import io.alchemy.orm.mapping.RelationshipProperty;

/** The Session side of an {@link InstanceState}: what the state asks of the Session that holds its object. */
public interface StateOwner {

    /**
     * Loads the state's unloaded attributes (at least {@code attribute}) from the database, or raises
     * {@link io.alchemy.orm.exc.ObjectDeletedError} when the row is gone.
     */
    void load(InstanceState state, String attribute);

    /** Loads one relationship of the state's object, by its loading strategy. */
    void loadRelationship(InstanceState state, RelationshipProperty relationship);

    /** Adds a related object to the Session, as the {@code save-update} cascade does when it is appended or set. */
    void cascadeAdd(Object entity);

    /** The state's object was changed for the first time since it was last flushed or loaded. */
    void modified(InstanceState state);

    /** The Session this owner belongs to (typed {@code Object}: this package does not know the Session class). */
    Object session();

    /**
     * {@code entity} was removed from a {@code delete-orphan} collection: when it is pending in this Session it leaves
     * it at once (SQLAlchemy expunges pending orphans), as nothing would insert it.
     */
    default void pendingOrphan(Object entity) {
    }
}
