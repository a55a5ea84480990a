package io.alchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** The database hit an internal error. */
public class InternalError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public InternalError(String sql, List<?> params, SQLException cause) {
        super(sql, params, cause);
    }
}
