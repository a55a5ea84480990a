package io.alchemy.engine;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where a result's rows come from: a buffered list, or a live JDBC cursor for streamed results. */
interface RowCursor {

    /** The next row, or {@code null} when there are no more. */
    @Nullable Row next();

    /** Releases what the cursor holds. Idempotent. */
    void close();

    /** The rows not read yet, in a list the caller owns; the cursor is then at its end. */
    default List<Row> remaining() {
        List<Row> rows = new ArrayList<>();
        for (Row row = next(); row != null; row = next()) {
            rows.add(row);
        }
        return rows;
    }

    /** A cursor over rows already read, in a list others may hold (handed out as copies). */
    static RowCursor of(List<Row> rows) {
        return new Buffered(rows, false);
    }

    /**
     * A cursor over rows just read into a list nobody else holds: {@link #remaining()} hands that list over when no
     * row was read yet, so the rows are buffered once.
     */
    static RowCursor owning(List<Row> rows) {
        return new Buffered(rows, true);
    }

    /** Rows in a list, read by position. */
    final class Buffered implements RowCursor {
        private final List<Row> rows;
        private final boolean owned;
        private int position;

        Buffered(List<Row> rows, boolean owned) {
            this.rows = rows;
            this.owned = owned;
        }

        @Override
        public @Nullable Row next() {
            return position < rows.size() ? rows.get(position++) : null;
        }

        @Override
        public List<Row> remaining() {
            int from = position;
            position = rows.size();
            return owned && from == 0 ? rows : new ArrayList<>(rows.subList(from, rows.size()));
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
