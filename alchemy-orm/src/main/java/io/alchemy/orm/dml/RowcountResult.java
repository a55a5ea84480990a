package io.alchemy.orm.dml;

import io.alchemy.engine.Result;
import io.alchemy.engine.Row;
import io.alchemy.engine.ScalarResult;
import io.alchemy.exc.ResourceClosedError;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The result of an ORM bulk statement that ran as several executions (one per set of parameter keys): the total
 * {@link #rowcount()} and no rows, like any DML result without RETURNING.
 */
public final class RowcountResult implements Result {
    private static final String NO_ROWS = "This result object does not return rows. It has been closed automatically.";
    private final long rowcount;

    /** A result of {@code rowcount} rows affected, without rows. */
    public RowcountResult(long rowcount) {
        this.rowcount = rowcount;
    }

    private static <R> R noRows() {
        throw new ResourceClosedError(NO_ROWS);
    }

    @Override
    public List<String> keys() {
        return List.of();
    }

    @Override
    public List<Row> all() {
        return noRows();
    }

    @Override
    public Row first() {
        return noRows();
    }

    @Override
    public Row one() {
        return noRows();
    }

    @Override
    public Row oneOrNone() {
        return noRows();
    }

    @Override
    public ScalarResult<Object> scalars() {
        return noRows();
    }

    @Override
    public <T> ScalarResult<T> scalars(Class<T> type) {
        return noRows();
    }

    @Override
    public ScalarResult<Object> scalars(int index) {
        return noRows();
    }

    @Override
    public ScalarResult<Map<String, Object>> mappings() {
        return noRows();
    }

    @Override
    public Stream<List<Row>> partitions(int size) {
        return noRows();
    }

    @Override
    public List<Row> fetchMany(int size) {
        return noRows();
    }

    @Override
    public Stream<Row> stream() {
        return noRows();
    }

    @Override
    public java.util.Iterator<Row> iterator() {
        return noRows();
    }

    @Override
    public long rowcount() {
        return rowcount;
    }

    @Override
    public boolean returnsRows() {
        return false;
    }

    @Override
    public Row insertedPrimaryKey() {
        return noRows();
    }

    @Override
    public void close() {
    }
}
