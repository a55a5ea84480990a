package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;

/**
 * A million-row result streams in constant memory. This class runs in its own JVM with {@code -Xmx64m} (see the
 * {@code streaming-small-heap} execution in alchemy-core's pom): buffering the rows, in the driver or in the
 * result, needs well over that and fails with an OutOfMemoryError.
 */
class LargeResultStreamingTest {
    private static final int ROWS = 1_000_000;

    @MatrixTest
    void aMillionRowsStreamThroughASmallHeap(TestDatabase db) {
        assertThat(Runtime.getRuntime().maxMemory()).as("max heap").isLessThan(100L * 1024 * 1024);
        try (Connection conn = db.engine().connect()) {
            conn.executionOptions(ExecutionOptions.yieldPer(1_000));
            long count = 0;
            long sum = 0;
            for (Row row : conn.execute(text(Series.upTo(db.name(), ROWS)))) {
                count++;
                sum += ((Number) row.get(0)).longValue();
            }
            assertThat(count).isEqualTo(ROWS);
            assertThat(sum).isEqualTo((long) ROWS * (ROWS + 1) / 2);
        }
    }
}
