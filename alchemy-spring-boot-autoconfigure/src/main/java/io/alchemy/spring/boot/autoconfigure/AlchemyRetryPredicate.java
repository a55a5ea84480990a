package io.alchemy.spring.boot.autoconfigure;

import io.alchemy.engine.Retry;
import java.lang.reflect.Method;
import org.springframework.resilience.retry.MethodRetryPredicate;

/**
 * Spring Framework's {@code @Retryable} retries a method only for Alchemy's retryable errors (deadlock, serialization
 * failure, lock wait timeout, a connection lost before COMMIT; see {@link io.alchemy.exc.AlchemyException#isRetryable()}),
 * also when Spring has translated them ({@code DataAccessException} caused by one), and never after a commit of unknown
 * outcome:
 *
 * <pre>{@code
 * @Retryable(predicate = AlchemyRetryPredicate.class, maxRetries = 4, delay = 20, jitter = 10, multiplier = 2)
 * @Transactional
 * public void transfer(...) { ... }
 * }</pre>
 *
 * With {@code @EnableResilientMethods} on a configuration class. Each retry runs in a new transaction: the retry
 * interceptor wraps the transaction interceptor.
 */
public final class AlchemyRetryPredicate implements MethodRetryPredicate {

    @Override
    public boolean shouldRetry(Method method, Throwable throwable) {
        return Retry.isRetryable(throwable);
    }
}
