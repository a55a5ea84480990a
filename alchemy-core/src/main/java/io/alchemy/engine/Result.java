package io.alchemy.engine;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one execution, read lazily from the JDBC cursor: iterate it, or take them with {@link #all()},
 * {@link #first()}, {@link #one()}, the scalar methods, {@link #stream()} or {@link #partitions(int)}. The cursor
 * closes when the rows are exhausted, when a method that consumes the result returns, or on {@link #close()}.
 * Using a consumed or closed result raises {@link io.alchemy.exc.ResourceClosedError}.
 */
public interface Result extends Iterable<Row>, AutoCloseable {

    /**
     * A result over rows already in memory, named by {@code keys} (for layers that read every row before handing
     * them out, as the ORM does when eager loaders ran); its {@link #rowcount()} is the number of rows.
     */
    static Result buffered(List<String> keys, List<Row> rows) {
        return new CursorResult(new RowKeys(keys), RowCursor.of(rows), rows.size(),
                CursorResult.PrimaryKeyOutcome.NOT_AN_INSERT, null);
    }

    /** The column names. */
    List<String> keys();

    /** All remaining rows; closes the result. */
    List<Row> all();

    /** The first row or {@code null} when there is none; closes the result (the other rows are discarded). */
    @Nullable Row first();

    /** Exactly one row: {@link io.alchemy.exc.NoResultFound} if none, {@link io.alchemy.exc.MultipleResultsFound} if more. */
    Row one();

    /** One row or {@code null}: {@link io.alchemy.exc.MultipleResultsFound} if more than one. */
    @Nullable Row oneOrNone();

    /** The first column of the first row, or {@code null} when there is no row; closes the result. */
    default @Nullable Object scalar() {
        Row row = first();
        return row == null ? null : row.get(0);
    }

    /** {@link #scalar()} as {@code type}. */
    default <T> T scalar(Class<T> type) {
        Row row = first();
        return row == null ? null : row.get(0, type);
    }

    /** The first column of exactly one row. */
    default Object scalarOne() {
        return one().get(0);
    }

    /** {@link #scalarOne()} as {@code type}. */
    default <T> T scalarOne(Class<T> type) {
        return one().get(0, type);
    }

    /** The first column of one row, or {@code null} when there is no row. */
    default <T> @Nullable T scalarOneOrNone(Class<T> type) {
        Row row = oneOrNone();
        return row == null ? null : row.get(0, type);
    }

    /** The first column of every row. */
    ScalarResult<Object> scalars();

    /** The first column of every row, as {@code type}. */
    <T> ScalarResult<T> scalars(Class<T> type);

    /** The column at {@code index} of every row. */
    ScalarResult<Object> scalars(int index);

    /** The rows as ordered maps from column name to value. */
    ScalarResult<java.util.Map<String, Object>> mappings();

    /** Up to {@code size} rows per list, read lazily. */
    Stream<List<Row>> partitions(int size);

    /** Up to {@code size} more rows; an empty list when exhausted. */
    List<Row> fetchMany(int size);

    /** The rows as a lazy stream; close the stream (or exhaust it) to release the cursor. */
    Stream<Row> stream();

    /** Rows matched by an UPDATE or DELETE, inserted by an INSERT (summed over executemany); -1 when unknown. */
    long rowcount();

    /** Whether this result has rows to read (a SELECT, or DML with RETURNING). */
    boolean returnsRows();

    /**
     * The primary key of the row an INSERT construct just inserted, as a row of the table's primary key columns.
     * {@link io.alchemy.exc.InvalidRequestError} for other statements.
     */
    Row insertedPrimaryKey();

    /** The first column of the next row, if any. */
    default Optional<Object> scalarOptional() {
        return Optional.ofNullable(scalar());
    }

    /** Releases the cursor. Idempotent. */
    @Override
    void close();
}
