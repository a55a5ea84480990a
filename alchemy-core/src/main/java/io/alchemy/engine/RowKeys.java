package io.alchemy.engine;

import io.alchemy.exc.NoSuchColumnError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The column names of a result, shared by its rows, with a name-to-position index (the first of equal names wins). */
final class RowKeys {
    static final RowKeys NONE = new RowKeys(List.of());

    private final List<String> names;
    private final Map<String, Integer> positions = new HashMap<>();

    RowKeys(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) {
            positions.putIfAbsent(this.names.get(i), i);
        }
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    /** The position of {@code name}; {@link NoSuchColumnError} naming it and the available keys. */
    int indexOf(String name) {
        Integer index = positions.get(name);
        if (index == null) {
            throw new NoSuchColumnError("Could not locate column in row for column '" + name + "'; the row has " + names);
        }
        return index;
    }

    /** {@code index} itself, when it is a valid position; {@link NoSuchColumnError} otherwise. */
    int checkIndex(int index) {
        if (index < 0 || index >= names.size()) {
            throw new NoSuchColumnError("Row has no column at index " + index + "; it has " + names.size()
                    + " column(s): " + names);
        }
        return index;
    }

    /** The name of the column at {@code index}. */
    String nameAt(int index) {
        return names.get(index);
    }
}
