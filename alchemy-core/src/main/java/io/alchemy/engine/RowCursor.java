package io.alchemy.engine;

import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where a result's rows come from: a buffered list, or a live JDBC cursor for streamed results. */
interface RowCursor {

    /** The next row, or {@code null} when there are no more. */
    @Nullable Row next();

    /** Releases what the cursor holds. Idempotent. */
    void close();

    /** A cursor over rows already read. */
    static RowCursor of(List<Row> rows) {
        Iterator<Row> iterator = rows.iterator();
        return new RowCursor() {
            @Override
            public Row next() {
                return iterator.hasNext() ? iterator.next() : null;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
