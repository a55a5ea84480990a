package io.alchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** The database could not do the operation: connection lost or refused, timeout, deadlock, lock wait. */
public class OperationalError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public OperationalError(String sql, List<?> params, SQLException cause) {
        super(sql, params, cause);
    }
}
