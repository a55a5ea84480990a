package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import io.alchemy.engine.ScalarResult;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.FieldValues;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The scalar view of an ORM result: one value (or object) per row. A column's values ({@code scalars()},
 * {@code scalars(User.class)}) are read without making the rows around them.
 */
final class Scalars<T> implements ScalarResult<T> {
    private final OrmResult rows;
    private final Function<Row, T> value;
    private final int index;
    private final @Nullable Function<Object, T> column;

    Scalars(OrmResult rows, Function<Row, T> value) {
        this(rows, value, -1, null);
    }

    private Scalars(OrmResult rows, Function<Row, T> value, int index, @Nullable Function<Object, T> column) {
        this.rows = rows;
        this.value = value;
        this.index = index;
        this.column = column;
    }

    /** The values of the column at {@code index} as {@code type}. */
    static <T> Scalars<T> column(OrmResult rows, int index, Class<T> type) {
        Function<Object, T> as = type == Object.class ? type::cast
                : v -> v == null || type.isInstance(v) ? type.cast(v) : as(v, type, rows.keyAt(index));
        return new Scalars<>(rows, row -> row.get(index, type), index, as);
    }

    /** {@code value} as {@code type}: as it is, or a number converted without loss; {@link ArgumentError} otherwise. */
    static <T> T as(Object value, Class<T> type, String what) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        Class<?> boxed = FieldValues.boxed(type);
        if (value instanceof Number && Number.class.isAssignableFrom(boxed)) {
            @SuppressWarnings("unchecked")
            T converted = (T) FieldValues.convert(value, boxed, what);
            return converted;
        }
        throw new ArgumentError("Column '" + what + "' holds a " + value.getClass().getName() + ", not a " + type.getName());
    }

    private T apply(Row row) {
        return row == null ? null : value.apply(row);
    }

    @Override
    public List<T> all() {
        if (column != null) {
            return rows.allValues(index, column);
        }
        List<Row> all = rows.all();
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) (List<?>) all;
        values.replaceAll(row -> apply((Row) row));
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) values;
        return typed;
    }

    @Override
    public T first() {
        return apply(rows.first());
    }

    @Override
    public T one() {
        return apply(rows.one());
    }

    @Override
    public T oneOrNone() {
        return apply(rows.oneOrNone());
    }

    @Override
    public List<T> fetchMany(int size) {
        return rows.fetchMany(size).stream().map(this::apply).toList();
    }

    @Override
    public Stream<T> stream() {
        return column != null ? rows.streamValues(index, column) : rows.stream().map(this::apply);
    }

    @Override
    public Iterator<T> iterator() {
        return stream().iterator();
    }

    @Override
    public void close() {
        rows.close();
    }
}
