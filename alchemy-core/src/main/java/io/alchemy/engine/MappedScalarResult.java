package io.alchemy.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** One value per row of a {@link CursorResult}: a column ({@code scalars()}) or the row's mapping ({@code mappings()}). */
final class MappedScalarResult<T> implements ScalarResult<T> {
    private final CursorResult rows;
    private final Function<Row, T> mapper;

    MappedScalarResult(CursorResult rows, Function<Row, T> mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public List<T> all() {
        List<T> values = new ArrayList<>();
        for (Row row : rows.all()) {
            values.add(mapper.apply(row));
        }
        return values;
    }

    @Override
    public T first() {
        Row row = rows.first();
        return row == null ? null : mapper.apply(row);
    }

    @Override
    public T one() {
        return mapper.apply(rows.one());
    }

    @Override
    public T oneOrNone() {
        Row row = rows.oneOrNone();
        return row == null ? null : mapper.apply(row);
    }

    @Override
    public List<T> fetchMany(int size) {
        return rows.fetchMany(size).stream().map(mapper).toList();
    }

    @Override
    public Stream<T> stream() {
        return rows.stream().map(mapper);
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<Row> iterator = rows.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public T next() {
                return mapper.apply(iterator.next());
            }
        };
    }

    @Override
    public void close() {
        rows.close();
    }
}
