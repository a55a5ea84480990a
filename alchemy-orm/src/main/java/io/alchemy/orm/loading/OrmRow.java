package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.NoSuchColumnError;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row of an ORM result: entities as objects, other columns as values. */
public final class OrmRow implements Row {
    private final List<String> keys;
    private final Object[] values;

    /** A row of {@code values} (kept, not copied) under {@code keys} (read-only, shared by a result's rows). */
    OrmRow(List<String> keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** A row of {@code values} under {@code keys} (a copy of both), such as a row merged from several results. */
    public static Row of(List<String> keys, List<Object> values) {
        return new OrmRow(List.copyOf(keys), values.toArray());
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new ArgumentError("Row has " + values.length + " column(s); no index " + index);
        }
        return values[index];
    }

    @Override
    public Object get(String name) {
        int index = keys.indexOf(name);
        if (index < 0) {
            throw new NoSuchColumnError("Row has no column '" + name + "'; it has " + keys);
        }
        return values[index];
    }

    @Override
    public <T> T get(int index, Class<T> type) {
        return Scalars.as(get(index), type, keys.get(index));
    }

    @Override
    public <T> T get(String name, Class<T> type) {
        return Scalars.as(get(name), type, name);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public List<String> keys() {
        return keys;
    }

    @Override
    public List<Object> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public Map<String, Object> mapping() {
        Map<String, Object> mapping = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            mapping.put(keys.get(i), values[i]);
        }
        return Collections.unmodifiableMap(mapping);
    }

    @Override
    public String toString() {
        return Arrays.asList(values).toString();
    }
}
