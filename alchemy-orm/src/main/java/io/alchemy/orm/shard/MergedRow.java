package io.alchemy.orm.shard;

import io.alchemy.exc.NoSuchColumnError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row of a result merged across shards: values by position and name, equal by values. */
final class MergedRow implements io.alchemy.engine.Row {
    private final List<String> keys;
    private final List<Object> values;

    MergedRow(List<String> keys, List<Object> values) {
        this.keys = keys;
        this.values = Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    @Override
    public Object get(int index) {
        return values.get(index);
    }

    @Override
    public Object get(String name) {
        int index = keys.indexOf(name);
        if (index < 0) {
            throw new NoSuchColumnError("Could not locate column in row for column '" + name + "'");
        }
        return values.get(index);
    }

    @Override
    public <T> T get(int index, Class<T> type) {
        return type.cast(get(index));
    }

    @Override
    public <T> T get(String name, Class<T> type) {
        return type.cast(get(name));
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public List<String> keys() {
        return keys;
    }

    @Override
    public List<Object> values() {
        return values;
    }

    @Override
    public Map<String, Object> mapping() {
        Map<String, Object> mapping = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            mapping.put(keys.get(i), values.get(i));
        }
        return Collections.unmodifiableMap(mapping);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MergedRow row && row.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
