package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.ResultColumn;
import io.alchemy.types.SqlType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of a result by index: the keys, and one reader per column. A column the compiled statement
 * declares with a {@link SqlType} is read through that type; the others through {@link JdbcValueReaders}. Keys come
 * from the declared columns when they cover every column, else from the JDBC labels (H2's upper-cased unquoted
 * names read as lower case, like SQLAlchemy's name normalization). Immutable; kept by a {@link ResultPlan}.
 */
final class RowReader {
    private final RowKeys keys;
    private final ColumnReader[] readers;

    private RowReader(RowKeys keys, ColumnReader[] readers) {
        this.keys = keys;
        this.readers = readers;
    }

    /** The reader of columns that all have a declared type: needs no metadata. */
    static RowReader ofDeclared(List<ResultColumn> declared, Dialect dialect) {
        ColumnReader[] readers = new ColumnReader[declared.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = typed(declared.get(i).type(), dialect);
        }
        return new RowReader(new RowKeys(declared.stream().map(ResultColumn::name).toList()), readers);
    }

    /** The reader built from the JDBC metadata, for the columns without a declared type (or all, by label). */
    static RowReader of(ResultSetMetaData meta, List<ResultColumn> declared, Dialect dialect) throws SQLException {
        int count = meta.getColumnCount();
        boolean positional = declared.size() == count;
        List<String> names = new ArrayList<>(count);
        ColumnReader[] readers = new ColumnReader[count];
        for (int i = 1; i <= count; i++) {
            String label = positional ? declared.get(i - 1).name() : normalize(meta.getColumnLabel(i), dialect);
            names.add(label);
            SqlType<?> type = positional ? declared.get(i - 1).type() : declaredType(declared, label);
            readers[i - 1] = type != null ? typed(type, dialect)
                    : JdbcValueReaders.forColumn(meta, i, dialect);
        }
        return new RowReader(new RowKeys(names), readers);
    }

    private static ColumnReader typed(SqlType<?> type, Dialect dialect) {
        return (rs, index) -> type.read(rs, index, dialect);
    }

    RowKeys keys() {
        return keys;
    }

    /** The current row of {@code resultSet}. */
    Row read(ResultSet resultSet) throws SQLException {
        Object[] values = new Object[readers.length];
        for (int i = 0; i < readers.length; i++) {
            values[i] = readers[i].read(resultSet, i + 1);
        }
        return new DefaultRow(keys, values);
    }

    private static SqlType<?> declaredType(List<ResultColumn> declared, String label) {
        for (ResultColumn column : declared) {
            if (column.name().equalsIgnoreCase(label)) {
                return column.type();
            }
        }
        return null;
    }

    private static String normalize(String label, Dialect dialect) {
        if (dialect.requiresNameNormalize() && label.equals(label.toUpperCase(Locale.ROOT))) {
            return label.toLowerCase(Locale.ROOT);
        }
        return label;
    }
}
