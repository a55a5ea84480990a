package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import io.alchemy.engine.ScalarResult;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.FieldValues;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The scalar view of an ORM result: one value (or object) per row. */
final class Scalars<T> implements ScalarResult<T> {
    private final OrmResult rows;
    private final Function<Row, T> value;

    Scalars(OrmResult rows, Function<Row, T> value) {
        this.rows = rows;
        this.value = value;
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
        return rows.all().stream().map(this::apply).toList();
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
        return rows.stream().map(this::apply);
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
