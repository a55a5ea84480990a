package io.alchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** The driver itself failed, not the database (SQLAlchemy's {@code InterfaceError}). */
public class InterfaceError extends DBAPIError {
    private static final long serialVersionUID = 1L;

    public InterfaceError(String sql, List<?> params, SQLException cause) {
        super(sql, params, cause);
    }
}
