package io.alchemy.engine;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.MultipleResultsFound;
import io.alchemy.exc.NoResultFound;
import io.alchemy.exc.ResourceClosedError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The {@link Result} of one execution. Rows come from a {@link RowCursor}; reading them all (iteration,
 * {@link #fetchMany}) releases the cursor and later reads see no rows; the consuming methods ({@link #all()},
 * {@link #first()}, {@link #one()}, the scalars) and {@link #close()} close the result, after which reading rows
 * raises {@link ResourceClosedError}. A result without rows (DML) raises it for every row access.
 */
final class CursorResult implements Result {
    private static final String NO_ROWS = "This result object does not return rows. It has been closed automatically.";

    private final RowKeys keys;
    private final RowCursor cursor;
    private final long rowcount;
    private final PrimaryKeyOutcome primaryKey;
    private final DefaultConnection owner;
    private boolean exhausted;
    private boolean closed;

    CursorResult(RowKeys keys, RowCursor cursor, long rowcount, PrimaryKeyOutcome primaryKey, DefaultConnection owner) {
        this.keys = keys;
        this.cursor = cursor;
        this.rowcount = rowcount;
        this.primaryKey = primaryKey;
        this.owner = owner;
        if (owner != null) {
            owner.opened(this);
        }
    }

    /** What {@link #insertedPrimaryKey()} answers: the row of generated keys, or why there is none. */
    record PrimaryKeyOutcome(Row row, String unavailable) {
        static final PrimaryKeyOutcome NOT_AN_INSERT = new PrimaryKeyOutcome(null,
                "Statement is not an insert() expression construct with primary key columns to return.");
        static final PrimaryKeyOutcome EXECUTEMANY = new PrimaryKeyOutcome(null,
                "This statement was an executemany call; inserted_primary_key is only available for a single execution.");
    }

    @Override
    public List<String> keys() {
        return keys.names();
    }

    @Override
    public List<Row> all() {
        checkRows();
        List<Row> rows = exhausted ? new ArrayList<>() : cursor.remaining();   // the buffer read, not a copy of it
        close();
        return rows;
    }

    @Override
    public Row first() {
        checkRows();
        Row row = nextRow();
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

    @Override
    public ScalarResult<Object> scalars() {
        return scalars(0);
    }

    @Override
    public <T> ScalarResult<T> scalars(Class<T> type) {
        checkRows();
        return new MappedScalarResult<>(this, row -> row.get(0, type));
    }

    @Override
    public ScalarResult<Object> scalars(int index) {
        checkRows();
        keys.checkIndex(index);
        return new MappedScalarResult<>(this, row -> row.get(index));
    }

    @Override
    public ScalarResult<Map<String, Object>> mappings() {
        checkRows();
        return new MappedScalarResult<>(this, Row::mapping);
    }

    @Override
    public Stream<List<Row>> partitions(int size) {
        checkSize(size);
        checkRows();
        Spliterator<List<Row>> batches = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            @Override
            public boolean tryAdvance(Consumer<? super List<Row>> action) {
                List<Row> batch = fetchMany(size);
                if (batch.isEmpty()) {
                    return false;
                }
                action.accept(batch);
                return true;
            }
        };
        return StreamSupport.stream(batches, false).onClose(this::close);
    }

    @Override
    public List<Row> fetchMany(int size) {
        checkSize(size);
        checkRows();
        List<Row> rows = new ArrayList<>(Math.min(size, 1024));
        while (rows.size() < size) {
            Row row = nextRow();
            if (row == null) {
                break;
            }
            rows.add(row);
        }
        return rows;
    }

    @Override
    public Stream<Row> stream() {
        Iterator<Row> rows = iterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    @Override
    public Iterator<Row> iterator() {
        checkRows();
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                if (next == null && !closed) {
                    next = nextRow();
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("No more rows");
                }
                Row row = next;
                next = null;
                return row;
            }
        };
    }

    @Override
    public long rowcount() {
        return rowcount;
    }

    @Override
    public boolean returnsRows() {
        return cursor != null;
    }

    @Override
    public Row insertedPrimaryKey() {
        if (primaryKey.row() == null) {
            throw new InvalidRequestError(primaryKey.unavailable());
        }
        return primaryKey.row();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        release();
    }

    @Override
    public String toString() {
        return "Result(keys=" + keys.names() + ", rowcount=" + rowcount + (closed ? ", closed)" : ")");
    }

    /** The next row; at the end the cursor is released and the result stays exhausted. */
    Row nextRow() {
        if (exhausted) {
            return null;
        }
        Row row = cursor.next();
        if (row == null) {
            exhausted = true;
            release();
        }
        return row;
    }

    void checkRows() {
        if (cursor == null) {
            throw new ResourceClosedError(NO_ROWS);
        }
        if (closed) {
            throw new ResourceClosedError("This result object is closed.");
        }
    }

    private Row oneOrNone(String multipleMessage) {
        checkRows();
        Row row = nextRow();
        Row extra = row == null ? null : nextRow();
        close();
        if (extra != null) {
            throw new MultipleResultsFound(multipleMessage);
        }
        return row;
    }

    private void release() {
        exhausted = true;
        if (cursor != null) {
            cursor.close();
        }
        if (owner != null) {
            owner.closed(this);
        }
    }

    private static void checkSize(int size) {
        if (size < 1) {
            throw new io.alchemy.exc.ArgumentError("size must be at least 1, was " + size);
        }
    }
}
