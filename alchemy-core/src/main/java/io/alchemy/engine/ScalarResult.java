package io.alchemy.engine;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One value per row (from {@link Result#scalars()}) or one map per row (from {@link Result#mappings()}).
 *
 * @param <T> the value type
 */
public interface ScalarResult<T> extends Iterable<T>, AutoCloseable {

    /** All remaining values; closes the result. */
    List<T> all();

    /** The first value or {@code null}; closes the result. */
    @Nullable T first();

    /** Exactly one value. */
    T one();

    /** One value or {@code null}. */
    @Nullable T oneOrNone();

    /** Up to {@code size} more values. */
    List<T> fetchMany(int size);

    /** The values as a lazy stream. */
    Stream<T> stream();

    /** Releases the cursor. */
    @Override
    void close();
}
