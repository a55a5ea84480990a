package io.alchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.CommitOutcomeUnknownError;
import io.alchemy.exc.DBAPIError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.OperationalError;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Retry} runs the work again on retryable errors only, and never after a commit of unknown outcome. */
class RetryTest {
    private static final Retry THREE = Retry.onTransient(3, Duration.ofMillis(1));

    @Test
    void aRetryableErrorIsRetriedUntilTheWorkSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        String result = THREE.call(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void whenEveryAttemptFailsTheLastErrorIsThrownWithTheEarlierOnesSuppressed() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> THREE.call(() -> {
            attempts.incrementAndGet();
            throw deadlock();
        })).isInstanceOf(OperationalError.class).satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aNonRetryableErrorIsThrownAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> THREE.call(() -> {
            attempts.incrementAndGet();
            throw new InvalidRequestError("no");
        })).isInstanceOf(InvalidRequestError.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aRetryableCauseMakesTheWrapperRetryableButACommitOfUnknownOutcomeNever() {
        assertThat(Retry.isRetryable(new InvalidRequestError("Can't commit", deadlock()))).isTrue();
        CommitOutcomeUnknownError unknown = new CommitOutcomeUnknownError(new SQLException("I/O error", "08006"));
        assertThat(unknown.isRetryable()).isFalse();
        assertThat(unknown.connectionInvalidated()).isTrue();
        assertThat(Retry.isRetryable(unknown)).isFalse();
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> THREE.call(() -> {
            attempts.incrementAndGet();
            throw unknown;
        })).isSameAs(unknown);
        assertThat(attempts).hasValue(1);
    }

    private static DBAPIError deadlock() {
        return new OperationalError("UPDATE t SET x = 1", List.of(), new SQLException("deadlock detected", "40P01"))
                .markRetryable(true);
    }
}
