package io.alchemy.sql.conformance;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.sql.Executable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of a statement run on a matrix database, compared across databases: whole numbers read as {@code long}
 * whatever integer type the driver returns (and with {@link #queryWholeDecimals}, decimals without a fraction too).
 */
final class MatrixRows {
    private MatrixRows() {
    }

    /** Runs {@code statement} in a transaction and returns its rows, integers as {@code long}. */
    static List<List<Object>> query(Engine engine, Executable statement) {
        return run(engine, statement, false);
    }

    /** {@link #query}, with decimals of scale 0 (MariaDB's SUM, say) read as {@code long} too. */
    static List<List<Object>> queryWholeDecimals(Engine engine, Executable statement) {
        return run(engine, statement, true);
    }

    /** An expected row: its integers as {@code long}. */
    static List<Object> row(Object... values) {
        return Arrays.stream(values).map(v -> v instanceof Integer i ? (Object) i.longValue() : v).toList();
    }

    private static List<List<Object>> run(Engine engine, Executable statement, boolean wholeDecimals) {
        List<List<Object>> rows = new ArrayList<>();
        engine.begin(conn -> conn.execute(statement).all().forEach(r -> rows.add(values(r, wholeDecimals))));
        return rows;
    }

    /** A row's values normalised as {@link #query} (or {@link #queryWholeDecimals}) reads them. */
    static List<Object> values(Row row, boolean wholeDecimals) {
        return row.values().stream().map(v -> {
            if (v instanceof Number n && !(v instanceof BigDecimal)) {
                return (Object) n.longValue();
            }
            return wholeDecimals && v instanceof BigDecimal d && d.scale() <= 0 ? (Object) d.longValue() : v;
        }).toList();
    }
}
