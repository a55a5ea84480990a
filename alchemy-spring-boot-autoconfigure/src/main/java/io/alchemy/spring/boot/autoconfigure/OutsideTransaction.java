package io.alchemy.spring.boot.autoconfigure;

/** What the injected, transaction-bound {@code Session} does when it is called with no Spring transaction active. */
public enum OutsideTransaction {

    /** Refuse with an {@code InvalidRequestError} that says how to start a transaction (the default). */
    FAIL,

    /**
     * Run each call in a Session of its own that commits when the call returns (and rolls back when it throws),
     * so {@code session.get(...)} or {@code session.add(...)} work alone; objects come back detached.
     */
    AUTOCOMMIT
}
