package io.alchemy.engine;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The physical JDBC connections an engine has already handed out, held weakly (a connection the pool discards is
 * forgotten with it): {@link #add} tells whether a connection is new, so that {@code onConnect} fires once per
 * physical connection. Lock-free: a concurrent map of weak identity keys, looked up through a plain probe.
 */
final class SeenConnections {
    private final ConcurrentHashMap<Object, Boolean> seen = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    /** Whether {@code connection} was not seen before (it is from now on). */
    boolean add(Object connection) {
        if (seen.containsKey(new Probe(connection))) {
            return false;
        }
        expungeCollected();
        return seen.putIfAbsent(new WeakKey(connection, collected), Boolean.TRUE) == null;
    }

    private void expungeCollected() {
        for (Object gone = collected.poll(); gone != null; gone = collected.poll()) {
            seen.remove(gone);
        }
    }

    /** The object a key stands for, compared by identity. */
    private interface IdentityKey {
        Object referent();
    }

    private static boolean sameReferent(IdentityKey key, Object other) {
        if (other == key) {
            return true;
        }
        Object mine = key.referent();
        return mine != null && other instanceof IdentityKey id && id.referent() == mine;
    }

    /** A stored key: weak, with the identity hash of its connection kept for after it is collected. */
    private static final class WeakKey extends WeakReference<Object> implements IdentityKey {
        private final int hash;

        WeakKey(Object connection, ReferenceQueue<Object> queue) {
            super(connection, queue);
            this.hash = System.identityHashCode(connection);
        }

        @Override
        public Object referent() {
            return get();
        }

        @Override
        public boolean equals(Object other) {
            return sameReferent(this, other);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A lookup key: strong and short-lived. */
    private record Probe(Object referent) implements IdentityKey {
        @Override
        public boolean equals(Object other) {
            return sameReferent(this, other);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(referent);
        }
    }
}
