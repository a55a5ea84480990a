package io.alchemy.orm.dml;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter sets of an ORM bulk statement, keyed by attribute name ({@code emailAddress}) as SQLAlchemy's are,
 * turned into Core parameters keyed by column ({@code email_address}), and split into runs of consecutive sets with
 * the same keys (each run is one executemany).
 */
final class BulkParameters {
    private BulkParameters() {
    }

    /** {@code row} keyed by column key; {@link ArgumentError} naming a key that is no column attribute. */
    static Map<String, Object> byColumn(Mapper<?> mapper, Map<String, ?> row, int index) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : row.entrySet()) {
            result.put(property(mapper, entry.getKey(), index).column().key(), entry.getValue());
        }
        return result;
    }

    /** The column attribute {@code name} of the mapper; {@link ArgumentError} naming the class otherwise. */
    static ColumnProperty property(Mapper<?> mapper, String name, int index) {
        if (mapper.attributeOrNull(name) instanceof ColumnProperty property) {
            return property;
        }
        throw new ArgumentError("Parameter set " + index + " names '" + name + "', which is not a column attribute of "
                + mapper.entityClass().getSimpleName() + " (it has " + mapper.columnProperties().stream()
                        .map(ColumnProperty::name).toList() + "); ORM bulk statements take attribute names");
    }

    /** Consecutive parameter sets with the same keys, in order. */
    static List<List<Map<String, Object>>> runs(List<Map<String, Object>> rows) {
        List<List<Map<String, Object>>> runs = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<Map<String, Object>> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last == null || !last.get(0).keySet().equals(row.keySet())) {
                last = new ArrayList<>();
                runs.add(last);
            }
            last.add(row);
        }
        return runs;
    }
}
