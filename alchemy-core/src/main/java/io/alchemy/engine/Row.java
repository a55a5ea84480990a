package io.alchemy.engine;

import java.util.List;
import java.util.Map;

/**
 * One row of a {@link Result}: values by position, by column name, typed, or as a map. Immutable. Prints like
 * SQLAlchemy's tuple: {@code ('hello world',)}, {@code (1, 'spongebob')}.
 */
public interface Row {

    /** The value at a 0-based position; {@link io.alchemy.exc.NoSuchColumnError} when out of range. */
    Object get(int index);

    /** The value of the named column; {@link io.alchemy.exc.NoSuchColumnError} naming it when there is none. */
    Object get(String name);

    /** The value at a position, as {@code type}; {@link ClassCastException}-free: a clear error when it is not. */
    <T> T get(int index, Class<T> type);

    /** The value of the named column, as {@code type}. */
    <T> T get(String name, Class<T> type);

    /** Number of columns. */
    int size();

    /** The column names, in order. */
    List<String> keys();

    /** The values, in order (an unmodifiable list that may hold {@code null}). */
    List<Object> values();

    /** The row as an ordered, unmodifiable map from column name to value. */
    Map<String, Object> mapping();
}
