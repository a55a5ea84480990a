package io.alchemy.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Rows read one at a time from an open JDBC result set (for {@link ExecutionOptions#yieldPer}): the driver fetches
 * them in batches of the fetch size, so memory stays bounded whatever the result's length. Errors while fetching
 * are classified like execution errors.
 */
final class StreamingCursor implements RowCursor {
    private final PreparedStatement statement;
    private final ResultSet resultSet;
    private final RowReader reader;
    private final DefaultConnection connection;
    private final String sql;
    private boolean closed;

    StreamingCursor(PreparedStatement statement, ResultSet resultSet, RowReader reader, DefaultConnection connection,
            String sql) {
        this.statement = statement;
        this.resultSet = resultSet;
        this.reader = reader;
        this.connection = connection;
        this.sql = sql;
    }

    @Override
    public Row next() {
        if (closed) {
            return null;
        }
        try {
            if (resultSet.next()) {
                return reader.read(resultSet);
            }
        } catch (SQLException e) {
            close();
            RuntimeException error = connection.classify(e, sql, List.of());
            connection.transactions().statementFailed(error);
            throw error;
        }
        close();
        return null;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            resultSet.close();
            statement.close();
        } catch (SQLException ignored) {
            // the rows are no longer wanted; nothing to recover
        }
    }
}
