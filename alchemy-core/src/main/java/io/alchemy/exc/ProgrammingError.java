package io.alchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** The SQL was wrong: syntax error, unknown table or column, wrong number of parameters. */
public class ProgrammingError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public ProgrammingError(String sql, List<?> params, SQLException cause) {
        super(sql, params, cause);
    }
}
