package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ResourceClosedError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.stream.Stream;

/** yieldPer(n): rows read from an open cursor in batches, released when exhausted, closed, or with the connection. */
class StreamingTest {

    @MatrixTest
    void streamedRowsArriveInOrderThroughEveryReadingStyle(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            conn.executionOptions(ExecutionOptions.yieldPer(50));
            assertThat(conn.executionOptions().streamResults()).isTrue();
            long sum = 0;
            int count = 0;
            for (Row row : conn.execute(text(Series.upTo(db.name(), 1000)))) {
                count++;
                sum += row.get("n", Long.class);
                assertThat(row.get("n", Integer.class)).isEqualTo(count);
            }
            assertThat(count).isEqualTo(1000);
            assertThat(sum).isEqualTo(500_500);
            try (Stream<List<Row>> partitions = conn.execute(text(Series.upTo(db.name(), 1000))).partitions(300)) {
                assertThat(partitions.map(List::size)).containsExactly(300, 300, 300, 100);
            }
            assertThat(conn.execute(text(Series.upTo(db.name(), 10))).scalars(Integer.class).all())
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }
    }

    @MatrixTest
    void aStreamClosedEarlyFreesTheConnectionForMoreWork(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            conn.executionOptions(ExecutionOptions.yieldPer(10));
            Result result = conn.execute(text(Series.upTo(db.name(), 1000)));
            assertThat(result.fetchMany(5)).extracting(row -> row.get(0, Integer.class)).containsExactly(1, 2, 3, 4, 5);
            result.close();
            assertThatThrownBy(() -> result.fetchMany(1)).isInstanceOf(ResourceClosedError.class);
            assertThat(conn.execute(text("SELECT 42")).scalarOne(Integer.class)).isEqualTo(42);
            Result open = conn.execute(text(Series.upTo(db.name(), 1000)));
            assertThat(open.first().get(0, Integer.class)).isEqualTo(1);          // first() closes the rest
            Result leftOpen = conn.execute(text(Series.upTo(db.name(), 1000)));
            leftOpen.fetchMany(1);
            conn.close();                                                           // closes what is still open
            assertThatThrownBy(() -> leftOpen.fetchMany(1)).isInstanceOf(ResourceClosedError.class);
        }
    }
}
