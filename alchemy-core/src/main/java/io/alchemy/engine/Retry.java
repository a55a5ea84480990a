package io.alchemy.engine;

import io.alchemy.exc.AlchemyException;
import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.CommitOutcomeUnknownError;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a whole transaction again when it failed for a reason of the moment ({@link AlchemyException#isRetryable()}:
 * deadlock, serialization failure, lock wait timeout, a connection lost before COMMIT was sent), waiting a growing,
 * jittered pause between attempts. Anything else, and a {@link CommitOutcomeUnknownError}, is thrown at once.
 *
 * <pre>{@code
 * engine.transaction(conn -> transfer(conn, from, to, amount), Retry.onTransient(5, Duration.ofMillis(20)));
 * sessionFactory.transaction(session -> ..., Retry.onTransient(5, Duration.ofMillis(20)));
 * }</pre>
 *
 * Retrying is safe only for work that does nothing but database work in the transaction it retries: the failed
 * attempt was rolled back, but what it did outside the database (a message sent, a file written, objects changed in
 * memory) was not. When every attempt fails, the last failure is thrown with the earlier ones added as suppressed.
 */
public final class Retry {
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    private final int maxAttempts;
    private final Duration backoff;

    private Retry(int maxAttempts, Duration backoff) {
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    /**
     * Up to {@code maxAttempts} attempts in all (the first included); the pause before attempt k+1 is a random time up to
     * {@code backoff × 2^(k-1)} (at most 5 s).
     */
    public static Retry onTransient(int maxAttempts, Duration backoff) {
        if (maxAttempts < 1) {
            throw new ArgumentError("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (backoff.isNegative()) {
            throw new ArgumentError("backoff must not be negative, was " + backoff);
        }
        return new Retry(maxAttempts, backoff);
    }

    /** One attempt, no retry. */
    public static Retry never() {
        return new Retry(1, Duration.ZERO);
    }

    /** The largest number of attempts. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The base pause between attempts. */
    public Duration backoff() {
        return backoff;
    }

    /** One attempt of the work: typically a whole transaction. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run();
    }

    /** Runs {@code attempt} until it succeeds, fails with a non-retryable error, or the attempts are used up. */
    public <T> T call(Attempt<T> attempt) {
        RuntimeException first = null;
        for (int attemptNumber = 1; ; attemptNumber++) {
            try {
                return attempt.run();
            } catch (RuntimeException failure) {
                if (first != null && failure != first) {
                    failure.addSuppressed(first);
                }
                if (!isRetryable(failure) || attemptNumber >= maxAttempts) {
                    throw failure;
                }
                first = failure;
                pause(attemptNumber);
            }
        }
    }

    /**
     * Whether {@code failure} (or an exception it was caused by) is {@linkplain AlchemyException#isRetryable()
     * retryable}; never when any of them is a {@link CommitOutcomeUnknownError}.
     */
    public static boolean isRetryable(Throwable failure) {
        boolean retryable = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable each = failure; each != null && seen.add(each); each = each.getCause()) {
            if (each instanceof CommitOutcomeUnknownError) {
                return false;
            }
            if (each instanceof AlchemyException alchemy && alchemy.isRetryable()) {
                retryable = true;
            }
        }
        return retryable;
    }

    private void pause(int attemptNumber) {
        long ceiling = Math.min(MAX_PAUSE.toNanos(), backoff.toNanos() << Math.min(20, attemptNumber - 1));
        if (ceiling <= 0) {
            return;
        }
        long nanos = ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlchemyException("Interrupted while waiting to retry a transaction", e);
        }
    }

    @Override
    public String toString() {
        return "Retry.onTransient(" + maxAttempts + ", " + backoff + ")";
    }
}
