package io.alchemy.engine;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.sql.InsertManyValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the rows one insertmanyvalues batch returned in the order of its parameter sets, by the plan's sentinel:
 * sorted by the generated key, or matched by the key values the parameter sets gave. The sentinel columns the
 * statement did not ask for are dropped. A batch whose rows cannot be matched one to one raises
 * {@link InvalidRequestError} rather than give rows in the wrong order.
 */
final class SentinelOrder {
    private final InsertManyValues plan;
    private final RowKeys visibleKeys;

    SentinelOrder(InsertManyValues plan, RowKeys visibleKeys) {
        this.plan = plan;
        this.visibleKeys = visibleKeys;
    }

    /** The rows of one batch in parameter order, without the added sentinel columns. */
    List<Row> order(List<Row> returned, List<List<Object>> parameterSets) {
        if (returned.size() != parameterSets.size()) {
            throw new InvalidRequestError("An insertmanyvalues batch of " + parameterSets.size() + " parameter sets "
                    + "returned " + returned.size() + " rows; they cannot be matched to the parameter sets");
        }
        List<Row> ordered = plan.ordering() == InsertManyValues.Ordering.GENERATED_KEY ? byGeneratedKey(returned)
                : bySentinelValues(returned, parameterSets);
        List<Row> visible = new ArrayList<>(ordered.size());
        for (Row row : ordered) {
            visible.add(new DefaultRow(visibleKeys, row.values().subList(0, visibleKeys.size()).toArray()));
        }
        return visible;
    }

    private List<Row> byGeneratedKey(List<Row> returned) {
        int column = plan.sentinelColumns().get(0);
        List<Row> sorted = new ArrayList<>(returned);
        sorted.sort(Comparator.comparing(row -> number(row.get(column))));
        return sorted;
    }

    private static BigDecimal number(Object value) {
        if (!(value instanceof Number number)) {
            throw new InvalidRequestError("The generated key of an insertmanyvalues batch is not a number: " + value);
        }
        return new BigDecimal(number.toString());
    }

    private List<Row> bySentinelValues(List<Row> returned, List<List<Object>> parameterSets) {
        Map<List<Object>, Row> byKey = new HashMap<>();
        for (Row row : returned) {
            List<Object> key = new ArrayList<>();
            for (int column : plan.sentinelColumns()) {
                key.add(comparable(row.get(column)));
            }
            byKey.put(key, row);
        }
        List<Row> ordered = new ArrayList<>(parameterSets.size());
        for (List<Object> values : parameterSets) {
            List<Object> key = new ArrayList<>();
            for (int slot : plan.sentinelSlots()) {
                key.add(comparable(values.get(slot)));
            }
            Row row = byKey.remove(key);
            if (row == null) {
                throw new InvalidRequestError("Can't match the rows returned by an insertmanyvalues batch to the "
                        + "parameter sets: no returned row has the key values " + key);
            }
            ordered.add(row);
        }
        return ordered;
    }

    /** A value as compared: numbers by value whatever their class, byte arrays by content. */
    private static Object comparable(Object value) {
        if (value instanceof BigDecimal || value instanceof BigInteger || value instanceof Long
                || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new BigDecimal(value.toString()).stripTrailingZeros();
        }
        if (value instanceof byte[] bytes) {
            return ByteBuffer.wrap(bytes);
        }
        return value;
    }
}
