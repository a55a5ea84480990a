package io.alchemy.dialect;

import io.alchemy.exc.DBAPIError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the catalog queries of reflection over plain JDBC, raising {@link DBAPIError} with the SQL on failure. */
public final class ReflectionQuery {
    private ReflectionQuery() {
    }

    /** Reads one value from a result set row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** A result set producer, such as a {@link java.sql.DatabaseMetaData} call. */
    @FunctionalInterface
    public interface ResultSetSource {
        ResultSet open() throws SQLException;
    }

    /** Every row of a parameterized query, read by {@code reader}. */
    public static <T> List<T> list(Connection connection, String sql, RowReader<T> reader, Object... params) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return readAll(rows, reader);
            }
        } catch (SQLException e) {
            throw new DBAPIError(sql, Arrays.asList(params), e);
        }
    }

    /** Every row of a metadata result set, read by {@code reader}; {@code what} names the call in errors. */
    public static <T> List<T> list(String what, ResultSetSource source, RowReader<T> reader) {
        try (ResultSet rows = source.open()) {
            return readAll(rows, reader);
        } catch (SQLException e) {
            throw new DBAPIError(what, List.of(), e);
        }
    }

    /** Runs a JDBC call that returns a value, raising {@link DBAPIError} naming {@code what} on failure. */
    public static <T> T call(String what, JdbcCall<T> source) {
        try {
            return source.get();
        } catch (SQLException e) {
            throw new DBAPIError(what, List.of(), e);
        }
    }

    /** A JDBC call returning a value. */
    @FunctionalInterface
    public interface JdbcCall<T> {
        T get() throws SQLException;
    }

    private static <T> List<T> readAll(ResultSet rows, RowReader<T> reader) throws SQLException {
        List<T> out = new ArrayList<>();
        while (rows.next()) {
            out.add(reader.read(rows));
        }
        return out;
    }
}
