package io.alchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** The database does not support the requested operation or feature. */
public class NotSupportedError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public NotSupportedError(String sql, List<?> params, SQLException cause) {
        super(sql, params, cause);
    }
}
