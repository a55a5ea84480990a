package io.alchemy.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * A write the database refused because the transaction or the whole server is read-only: a statement that writes in a
 * read-only transaction or on a PostgreSQL hot standby (SQLState {@code 25006}), or on a MariaDB/MySQL server running
 * with {@code read_only} (error 1290). Typically a write routed to a read replica. An {@link InternalError}, as
 * psycopg2's {@code ReadOnlySqlTransaction} is.
 */
public class ReadOnlyError extends InternalError {
    private static final long serialVersionUID = 1L;

    public ReadOnlyError(String sql, List<?> params, SQLException cause) {
        super(sql, params, cause);
    }
}
