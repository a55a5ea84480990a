package io.alchemy.orm;

import io.alchemy.engine.Result;
import io.alchemy.engine.Row;
import io.alchemy.engine.ScalarResult;
import io.alchemy.exc.MultipleResultsFound;
import io.alchemy.exc.NoResultFound;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The rows of an ORM query whose eager loaders ran after reading every row (SQLAlchemy buffers such a result too):
 * a {@link Result} over rows held in memory, read once from the front.
 */
final class BufferedRows implements Result {
    private final List<String> keys;
    private final List<Row> rows;
    private int next;

    BufferedRows(List<String> keys, List<Row> rows) {
        this.keys = List.copyOf(keys);
        this.rows = rows;
    }

    private Result view() {
        return new OrmResult(this, UnaryOperator.identity(), UnaryOperator.identity());
    }

    @Override
    public List<String> keys() {
        return keys;
    }

    @Override
    public List<Row> all() {
        return fetchMany(Integer.MAX_VALUE);
    }

    @Override
    public Row first() {
        Row row = next < rows.size() ? rows.get(next) : null;
        close();
        return row;
    }

    @Override
    public Row one() {
        Row row = oneOrNone("Multiple rows were found when exactly one was required");
        if (row == null) {
            throw new NoResultFound("No row was found when one was required");
        }
        return row;
    }

    @Override
    public Row oneOrNone() {
        return oneOrNone("Multiple rows were found when one or none was required");
    }

    private Row oneOrNone(String multipleMessage) {
        int left = rows.size() - next;
        Row row = left > 0 ? rows.get(next) : null;
        close();
        if (left > 1) {
            throw new MultipleResultsFound(multipleMessage);
        }
        return row;
    }

    @Override
    public ScalarResult<Object> scalars() {
        return view().scalars();
    }

    @Override
    public <T> ScalarResult<T> scalars(Class<T> type) {
        return view().scalars(type);
    }

    @Override
    public ScalarResult<Object> scalars(int index) {
        return view().scalars(index);
    }

    @Override
    public ScalarResult<Map<String, Object>> mappings() {
        return view().mappings();
    }

    @Override
    public Stream<List<Row>> partitions(int size) {
        List<List<Row>> batches = new ArrayList<>();
        for (List<Row> batch = fetchMany(size); !batch.isEmpty(); batch = fetchMany(size)) {
            batches.add(batch);
        }
        return batches.stream();
    }

    @Override
    public List<Row> fetchMany(int size) {
        int end = (int) Math.min(rows.size(), (long) next + size);
        List<Row> batch = List.copyOf(rows.subList(next, end));
        next = end;
        return batch;
    }

    @Override
    public Stream<Row> stream() {
        return all().stream();
    }

    @Override
    public Iterator<Row> iterator() {
        return stream().iterator();
    }

    @Override
    public long rowcount() {
        return rows.size();
    }

    @Override
    public boolean returnsRows() {
        return true;
    }

    @Override
    public Row insertedPrimaryKey() {
        throw new io.alchemy.exc.InvalidRequestError("Statement is not an insert() expression construct.");
    }

    @Override
    public void close() {
        next = rows.size();
    }
}
