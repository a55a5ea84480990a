package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.ResultColumn;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * JDBC generated keys for {@link Result#insertedPrimaryKey()}: statements whose compiled form names
 * {@link Compiled#generatedKeys()} are prepared to return them (by column name where the driver supports it) and
 * read back as a row keyed by those names.
 */
final class GeneratedKeys {
    static final CursorResult.PrimaryKeyOutcome NONE = CursorResult.PrimaryKeyOutcome.NOT_AN_INSERT;

    private GeneratedKeys() {
    }

    static boolean wanted(Compiled compiled) {
        return !compiled.generatedKeys().isEmpty();
    }

    static PreparedStatement prepare(java.sql.Connection jdbc, Compiled compiled, Dialect dialect) throws SQLException {
        if (dialect.generatedKeysByColumnName()) {
            String[] names = compiled.generatedKeys().stream().map(ResultColumn::name).toArray(String[]::new);
            return jdbc.prepareStatement(compiled.sql(), names);
        }
        return jdbc.prepareStatement(compiled.sql(), Statement.RETURN_GENERATED_KEYS);
    }

    static CursorResult.PrimaryKeyOutcome read(PreparedStatement statement, Compiled compiled, Dialect dialect)
            throws SQLException {
        if (!wanted(compiled)) {
            return NONE;
        }
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (keys == null || !keys.next()) {
                return new CursorResult.PrimaryKeyOutcome(null, "The database returned no generated key for this INSERT");
            }
            ResultSetMetaData meta = keys.getMetaData();
            Object[] values = new Object[compiled.generatedKeys().size()];
            for (int i = 0; i < Math.min(values.length, meta.getColumnCount()); i++) {
                values[i] = read(keys, i + 1, meta, compiled.generatedKeys().get(i), dialect);
            }
            RowKeys names = new RowKeys(compiled.generatedKeys().stream().map(ResultColumn::name).toList());
            return new CursorResult.PrimaryKeyOutcome(new DefaultRow(names, values), null);
        }
    }

    /**
     * Reads a key as its column's type: drivers report keys in their own types (MariaDB gives a BIGINT for an
     * INTEGER key), so the value is converted to the column's Java type when it has one.
     */
    private static Object read(ResultSet keys, int index, ResultSetMetaData meta, ResultColumn column, Dialect dialect)
            throws SQLException {
        Object value = JdbcValueReaders.forColumn(meta, index, dialect).read(keys, index);
        if (value == null || column.type() == null) {
            return value;
        }
        return ValueConverter.convert(value, column.type().javaType(), column.name());
    }
}
