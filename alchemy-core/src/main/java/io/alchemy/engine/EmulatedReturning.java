package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.InsertManyValues;
import io.alchemy.sql.ResultColumn;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The row an INSERT would have returned on a database without RETURNING (see
 * {@link InsertManyValues.Ordering#EMULATED_RETURNING}): the generated key read through JDBC, the other columns
 * from the values the parameter set gave.
 */
final class EmulatedReturning {
    private final List<Integer> sources;
    private final List<ResultColumn> columns;
    private final RowKeys keys;
    private final Dialect dialect;

    EmulatedReturning(InsertManyValues plan, Dialect dialect) {
        this.sources = plan.returningSources();
        this.columns = plan.rowForm().resultColumns();
        this.keys = new RowKeys(columns.stream().map(ResultColumn::name).toList());
        this.dialect = dialect;
    }

    RowKeys keys() {
        return keys;
    }

    /** The row of the INSERT {@code statement} just ran with {@code values}. */
    Row row(PreparedStatement statement, List<Object> values) throws SQLException {
        Object[] row = new Object[sources.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = sources.get(i) < 0 ? generatedKey(statement, columns.get(i)) : values.get(sources.get(i));
        }
        return new DefaultRow(keys, row);
    }

    private Object generatedKey(PreparedStatement statement, ResultColumn column) throws SQLException {
        try (ResultSet generated = statement.getGeneratedKeys()) {
            if (generated == null || !generated.next()) {
                return null;
            }
            return column.type() == null ? generated.getObject(1) : column.type().read(generated, 1, dialect);
        }
    }
}
