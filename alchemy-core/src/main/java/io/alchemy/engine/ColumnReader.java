package io.alchemy.engine;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads one column of the current row, as the Java value Alchemy returns for it. */
@FunctionalInterface
interface ColumnReader {
    Object read(ResultSet resultSet, int index) throws SQLException;
}
