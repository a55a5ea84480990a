package io.alchemy.orm.loading;

import io.alchemy.engine.Result;
import io.alchemy.engine.Row;
import io.alchemy.engine.ScalarResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The result of an ORM SELECT executed by a Session: the database rows, with each entity's columns turned into its
 * object through the identity map as the rows are read. {@code scalars(User.class)} gives the objects, typed. The
 * rows are buffered once: {@link #all()} converts the list Core read in place.
 */
public final class OrmResult implements Result {
    private final Result rows;
    private final RowProcessor processor;

    /** The rows of {@code rows} shaped by {@code shape}, entities made by {@code loader}. */
    public OrmResult(Result rows, RowShape shape, EntityLoader loader) {
        this(rows, new ShapedRows(shape, loader));
    }

    /** The rows of {@code rows}, each converted by {@code conversion}; the keys converted by {@code keys}. */
    public OrmResult(Result rows, UnaryOperator<Row> conversion, UnaryOperator<List<String>> keys) {
        this(rows, RowProcessor.of(conversion, keys));
    }

    OrmResult(Result rows, RowProcessor processor) {
        this.rows = rows;
        this.processor = processor;
    }

    /** The rows of one shape, no loader options: each row's entities through the loader. */
    private record ShapedRows(RowShape shape, EntityLoader loader) implements RowProcessor {
        @Override
        public Row row(Row raw) {
            return shape.convert(raw, loader);
        }

        @Override
        public Object value(Row raw, int index) {
            return index >= 0 && index < shape.width() ? shape.value(raw, index, loader) : row(raw).get(index);
        }

        @Override
        public List<String> keys(List<String> rawKeys) {
            return shape.keys(rawKeys);
        }
    }

    /** {@code read} itself when it is a list the result may convert in place (Core's), else a copy. */
    private static List<Row> owned(List<Row> read) {
        return read.getClass() == ArrayList.class ? read : new ArrayList<>(read);
    }

    private Row convert(Row row) {
        return row == null ? null : processor.row(row);
    }

    @Override
    public List<String> keys() {
        return processor.keys(rows.keys());
    }

    @Override
    public List<Row> all() {
        List<Row> all = owned(rows.all());
        all.replaceAll(processor::row);
        return all;
    }

    /**
     * Every row's value at {@code index}, as {@code as} gives it: converted in the list Core read (which is then a
     * list of values), without making the rows around the values.
     */
    <T> List<T> allValues(int index, Function<Object, T> as) {
        @SuppressWarnings("unchecked")
        List<Object> all = (List<Object>) (List<?>) owned(rows.all());
        all.replaceAll(raw -> as.apply(processor.value((Row) raw, index)));
        @SuppressWarnings("unchecked")
        List<T> values = (List<T>) all;
        return values;
    }

    /** The rows' values at {@code index}, as {@code as} gives them, read lazily. */
    <T> Stream<T> streamValues(int index, Function<Object, T> as) {
        return rows.stream().map(raw -> as.apply(processor.value(raw, index)));
    }

    /** The key of the value at {@code index}, naming it in conversion errors. */
    String keyAt(int index) {
        return keys().get(index);
    }

    @Override
    public Row first() {
        return convert(rows.first());
    }

    @Override
    public Row one() {
        return convert(rows.one());
    }

    @Override
    public Row oneOrNone() {
        return convert(rows.oneOrNone());
    }

    @Override
    public ScalarResult<Object> scalars() {
        return scalars(0);
    }

    @Override
    public <T> ScalarResult<T> scalars(Class<T> type) {
        return Scalars.column(this, 0, type);
    }

    @Override
    public ScalarResult<Object> scalars(int index) {
        return Scalars.column(this, index, Object.class);
    }

    @Override
    public ScalarResult<Map<String, Object>> mappings() {
        return new Scalars<>(this, Row::mapping);
    }

    @Override
    public Stream<List<Row>> partitions(int size) {
        return rows.partitions(size).map(batch -> {
            List<Row> converted = owned(batch);
            converted.replaceAll(processor::row);
            return converted;
        });
    }

    @Override
    public List<Row> fetchMany(int size) {
        List<Row> batch = owned(rows.fetchMany(size));
        batch.replaceAll(processor::row);
        return batch;
    }

    @Override
    public Stream<Row> stream() {
        return rows.stream().map(this::convert);
    }

    @Override
    public Iterator<Row> iterator() {
        return stream().iterator();
    }

    @Override
    public long rowcount() {
        return rows.rowcount();
    }

    @Override
    public boolean returnsRows() {
        return rows.returnsRows();
    }

    @Override
    public Row insertedPrimaryKey() {
        return rows.insertedPrimaryKey();
    }

    @Override
    public void close() {
        rows.close();
    }
}
