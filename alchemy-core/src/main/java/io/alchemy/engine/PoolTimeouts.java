package io.alchemy.engine;

import io.alchemy.exc.PoolTimeoutError;
import org.jspecify.annotations.Nullable;

/** Builds the {@link PoolTimeoutError} of an exhausted pool, with a message that says what to change. */
final class PoolTimeouts {
    private PoolTimeouts() {
    }

    static PoolTimeoutError exhausted(String description, int poolSize, long timeoutMillis, String state,
            @Nullable Throwable cause) {
        String message = String.format(java.util.Locale.ROOT, "Pool limit of size %d reached, connection timed out, "
                + "timeout %.2f s (%s%s). All connections were in use for the whole timeout: return connections "
                + "sooner (close Connections and Sessions), or raise the pool size (EngineOptions.poolSize, "
                + "spring.datasource.hikari.maximum-pool-size) or the timeout (EngineOptions.poolTimeout, "
                + "spring.datasource.hikari.connection-timeout)", poolSize, timeoutMillis / 1000.0, description,
                state.isEmpty() ? "" : ": " + state);
        return new PoolTimeoutError(message, poolSize, timeoutMillis, cause);
    }
}
