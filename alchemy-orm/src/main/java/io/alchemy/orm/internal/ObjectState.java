package io.alchemy.orm.internal;

/** Where an object stands with respect to a Session (SQLAlchemy's object states). */
public enum ObjectState {
    /** Not in a Session and without a database identity: a new object. */
    TRANSIENT,
    /** Added to a Session, not flushed yet. */
    PENDING,
    /** In a Session, with a row in the database. */
    PERSISTENT,
    /** Deleted by a flush, in a transaction not yet committed. */
    DELETED,
    /** With a database identity, but in no Session (after close, expunge or commit of its deletion). */
    DETACHED
}
