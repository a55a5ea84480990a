package io.alchemy.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * Read-your-writes for read replicas: after a write on the primary, read-only work of the same scope goes to the
 * primary too, so that it sees the write even while the replica lags behind. {@link #off()} never pins;
 * {@link #perThread(Duration)} pins the writing thread for a while after each write. The Spring integration pins
 * a web request for the rest of it. Routing asks {@link #pinned()} when it chooses a connection for read-only work.
 */
public interface ReadYourWrites {

    /** Notes that the current scope has written to the primary. */
    void wrote();

    /** Whether read-only work of the current scope must go to the primary. */
    boolean pinned();

    /** Forgets the current scope's writes (read-only work goes to the replica again). */
    void forget();

    /** No pinning: read-only work always goes to the replica. */
    static ReadYourWrites off() {
        return Off.INSTANCE;
    }

    /**
     * Pins the thread that wrote for {@code window} after its last write: its read-only work goes to the primary
     * meanwhile. Choose a window above the replica's usual lag.
     */
    static ReadYourWrites perThread(Duration window) {
        return new PerThread(window);
    }

    /** The policy that never pins. */
    enum Off implements ReadYourWrites {
        INSTANCE;

        @Override
        public void wrote() {
        }

        @Override
        public boolean pinned() {
            return false;
        }

        @Override
        public void forget() {
        }
    }

    /** Pins the writing thread for a window after its last write. */
    final class PerThread implements ReadYourWrites {
        private final long windowNanos;
        private final ThreadLocal<long[]> lastWrite = new ThreadLocal<>();

        PerThread(Duration window) {
            Objects.requireNonNull(window, "window");
            if (window.isNegative() || window.isZero()) {
                throw new io.alchemy.exc.ArgumentError("The read-your-writes window must be positive, was " + window);
            }
            this.windowNanos = window.toNanos();
        }

        @Override
        public void wrote() {
            long[] at = lastWrite.get();
            if (at == null) {
                lastWrite.set(new long[] {System.nanoTime()});
            } else {
                at[0] = System.nanoTime();
            }
        }

        @Override
        public boolean pinned() {
            long[] at = lastWrite.get();
            if (at == null) {
                return false;
            }
            if (System.nanoTime() - at[0] < windowNanos) {
                return true;
            }
            lastWrite.remove();
            return false;
        }

        @Override
        public void forget() {
            lastWrite.remove();
        }

        @Override
        public String toString() {
            return "ReadYourWrites.perThread(" + Duration.ofNanos(windowNanos) + ")";
        }
    }
}
