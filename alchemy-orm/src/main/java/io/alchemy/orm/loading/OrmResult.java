package io.alchemy.orm.loading;

import io.alchemy.engine.Result;
import io.alchemy.engine.Row;
import io.alchemy.engine.ScalarResult;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The result of an ORM SELECT executed by a Session: the database rows, with each entity's columns turned into its
 * object through the identity map as the rows are read. {@code scalars(User.class)} gives the objects, typed.
 */
public final class OrmResult implements Result {
    private final Result rows;
    private final UnaryOperator<Row> conversion;
    private final UnaryOperator<List<String>> keys;

    /** The rows of {@code rows} shaped by {@code shape}, entities made by {@code loader}. */
    public OrmResult(Result rows, RowShape shape, EntityLoader loader) {
        this(rows, row -> shape.convert(row, loader), shape::keys);
    }

    /** The rows of {@code rows}, each converted by {@code conversion}; the keys converted by {@code keys}. */
    public OrmResult(Result rows, UnaryOperator<Row> conversion, UnaryOperator<List<String>> keys) {
        this.rows = rows;
        this.conversion = conversion;
        this.keys = keys;
    }

    private Row convert(Row row) {
        return row == null ? null : conversion.apply(row);
    }

    @Override
    public List<String> keys() {
        return keys.apply(rows.keys());
    }

    @Override
    public List<Row> all() {
        return rows.all().stream().map(this::convert).toList();
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
        return new Scalars<>(this, row -> row.get(0));
    }

    @Override
    public <T> ScalarResult<T> scalars(Class<T> type) {
        return new Scalars<>(this, row -> row.get(0, type));
    }

    @Override
    public ScalarResult<Object> scalars(int index) {
        return new Scalars<>(this, row -> row.get(index));
    }

    @Override
    public ScalarResult<Map<String, Object>> mappings() {
        return new Scalars<>(this, Row::mapping);
    }

    @Override
    public Stream<List<Row>> partitions(int size) {
        return rows.partitions(size).map(batch -> batch.stream().map(this::convert).toList());
    }

    @Override
    public List<Row> fetchMany(int size) {
        return rows.fetchMany(size).stream().map(this::convert).toList();
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
