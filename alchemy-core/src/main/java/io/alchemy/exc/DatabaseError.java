package io.alchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** The database reported an error (SQLAlchemy's {@code DatabaseError}); the subclasses say which kind. */
public class DatabaseError extends DBAPIError {
    private static final long serialVersionUID = 1L;

    public DatabaseError(String sql, List<?> params, SQLException cause) {
        super(sql, params, cause);
    }
}
