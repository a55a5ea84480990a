package io.alchemy.orm.insight;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How Sessions look for N+1 statements: the mode, the threshold (how many loads of the same kind in one transaction
 * make an incident; 2 or more) and the listeners told of each incident. Immutable.
 *
 * <pre>{@code
 * SessionOptions.DEFAULTS.withNPlusOne(NPlusOneDetection.raise(3))          // in tests
 * SessionOptions.DEFAULTS.withNPlusOne(NPlusOneDetection.warn(5).withListener(incidents::add))
 * }</pre>
 *
 * @param mode off, warn or raise
 * @param threshold loads of one relationship (or one entity by primary key) in one transaction that make an incident
 * @param listeners told of every incident, in order
 */
public record NPlusOneDetection(NPlusOneMode mode, int threshold, List<NPlusOneListener> listeners) {
    /** The default threshold: 5 loads of the same kind in one transaction. */
    public static final int DEFAULT_THRESHOLD = 5;

    /** No detection (a plain Session's). */
    public static final NPlusOneDetection OFF = new NPlusOneDetection(NPlusOneMode.OFF, DEFAULT_THRESHOLD, List.of());

    /** Checks the threshold and copies the listeners. */
    public NPlusOneDetection {
        Objects.requireNonNull(mode, "mode");
        if (threshold < 2) {
            throw new ArgumentError("The N+1 threshold must be at least 2, was " + threshold);
        }
        listeners = List.copyOf(listeners);
    }

    /** Logs incidents at WARN when the transaction ends. */
    public static NPlusOneDetection warn(int threshold) {
        return new NPlusOneDetection(NPlusOneMode.WARN, threshold, List.of());
    }

    /** Throws {@link io.alchemy.orm.exc.NPlusOneError} at the load that reaches {@code threshold}. */
    public static NPlusOneDetection raise(int threshold) {
        return new NPlusOneDetection(NPlusOneMode.RAISE, threshold, List.of());
    }

    /** This detection with {@code listener} told of every incident too. */
    public NPlusOneDetection withListener(NPlusOneListener listener) {
        List<NPlusOneListener> more = new ArrayList<>(listeners);
        more.add(Objects.requireNonNull(listener, "listener"));
        return new NPlusOneDetection(mode, threshold, more);
    }

    /** Whether anything is counted. */
    public boolean enabled() {
        return mode != NPlusOneMode.OFF;
    }
}
