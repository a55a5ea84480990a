package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Turns the raw rows of one ORM result into its rows ({@link OrmResult}): the whole row, or just the value at one
 * index (what {@code scalars()} reads, without building a row around it).
 */
interface RowProcessor {

    /** The result's row for {@code raw}. */
    Row row(Row raw);

    /** The value at {@code index} of {@link #row}{@code (raw)}. */
    default Object value(Row raw, int index) {
        return row(raw).get(index);
    }

    /** The result's keys, from the raw rows' keys. */
    List<String> keys(List<String> rawKeys);

    /** A processor of {@code conversion} and {@code keys}. */
    static RowProcessor of(UnaryOperator<Row> conversion, UnaryOperator<List<String>> keys) {
        return new RowProcessor() {
            @Override
            public Row row(Row raw) {
                return conversion.apply(raw);
            }

            @Override
            public List<String> keys(List<String> rawKeys) {
                return keys.apply(rawKeys);
            }
        };
    }

    /** The rows as they are. */
    RowProcessor IDENTITY = of(UnaryOperator.identity(), UnaryOperator.identity());
}
