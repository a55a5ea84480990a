package io.alchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** A constraint was violated: unique, primary key, foreign key, not null or check. */
public class IntegrityError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public IntegrityError(String sql, List<?> params, SQLException cause) {
        super(sql, params, cause);
    }
}
