package io.alchemy.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An immutable {@link Row}: values by position and name, printed like a Python tuple, equal by values. */
final class DefaultRow implements Row {
    private final RowKeys keys;
    private final Object[] values;

    DefaultRow(RowKeys keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    public Object get(int index) {
        return values[keys.checkIndex(index)];
    }

    @Override
    public Object get(String name) {
        return values[keys.indexOf(name)];
    }

    @Override
    public <T> T get(int index, Class<T> type) {
        return ValueConverter.convert(get(index), type, keys.nameAt(index));
    }

    @Override
    public <T> T get(String name, Class<T> type) {
        return ValueConverter.convert(get(name), type, name);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public List<String> keys() {
        return keys.names();
    }

    @Override
    public List<Object> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public Map<String, Object> mapping() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.putIfAbsent(keys.nameAt(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row row && values().equals(row.values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return PythonRepr.tuple(values());
    }
}
