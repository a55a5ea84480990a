package io.alchemy.engine;

import io.alchemy.sql.ResultColumn;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link RowReader} built from JDBC metadata depended on: the column count, the labels (when the declared
 * columns do not name the result's columns by position) and, for each column read without a declared type, its
 * JDBC type, type name, precision and scale. A later result whose metadata {@link #matches} can reuse the reader.
 */
final class MetadataSignature {
    private final int count;
    private final String[] labels;
    private final int[] untyped;
    private final int[] jdbcTypes;
    private final String[] typeNames;
    private final int[] precisions;
    private final int[] scales;

    private MetadataSignature(int count, String[] labels, int[] untyped, ResultSetMetaData meta) throws SQLException {
        this.count = count;
        this.labels = labels;
        this.untyped = untyped;
        this.jdbcTypes = new int[untyped.length];
        this.typeNames = new String[untyped.length];
        this.precisions = new int[untyped.length];
        this.scales = new int[untyped.length];
        for (int i = 0; i < untyped.length; i++) {
            jdbcTypes[i] = meta.getColumnType(untyped[i]);
            typeNames[i] = meta.getColumnTypeName(untyped[i]);
            precisions[i] = meta.getPrecision(untyped[i]);
            scales[i] = meta.getScale(untyped[i]);
        }
    }

    static MetadataSignature of(ResultSetMetaData meta, List<ResultColumn> declared) throws SQLException {
        int count = meta.getColumnCount();
        boolean positional = declared.size() == count;
        String[] labels = null;
        if (!positional) {
            labels = new String[count];
            for (int i = 0; i < count; i++) {
                labels[i] = meta.getColumnLabel(i + 1);
            }
        }
        int[] untyped = java.util.stream.IntStream.rangeClosed(1, count)
                .filter(i -> !positional || declared.get(i - 1).type() == null).toArray();
        return new MetadataSignature(count, labels, untyped, meta);
    }

    /** Whether {@code meta} describes the same columns, so a reader built for this signature reads it correctly. */
    boolean matches(ResultSetMetaData meta) throws SQLException {
        if (meta.getColumnCount() != count) {
            return false;
        }
        if (labels != null) {
            for (int i = 0; i < count; i++) {
                if (!labels[i].equals(meta.getColumnLabel(i + 1))) {
                    return false;
                }
            }
        }
        for (int i = 0; i < untyped.length; i++) {
            int column = untyped[i];
            if (meta.getColumnType(column) != jdbcTypes[i] || meta.getPrecision(column) != precisions[i]
                    || meta.getScale(column) != scales[i]
                    || !Objects.equals(meta.getColumnTypeName(column), typeNames[i])) {
                return false;
            }
        }
        return true;
    }
}
