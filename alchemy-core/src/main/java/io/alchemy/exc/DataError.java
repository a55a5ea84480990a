package io.alchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** A value did not fit: too long, out of range, invalid format, division by zero. */
public class DataError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public DataError(String sql, List<?> params, SQLException cause) {
        super(sql, params, cause);
    }
}
