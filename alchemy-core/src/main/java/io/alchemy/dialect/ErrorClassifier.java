package io.alchemy.dialect;

import io.alchemy.exc.DBAPIError;
import io.alchemy.exc.DataError;
import io.alchemy.exc.DatabaseError;
import io.alchemy.exc.IntegrityError;
import io.alchemy.exc.InterfaceError;
import io.alchemy.exc.InternalError;
import io.alchemy.exc.NotSupportedError;
import io.alchemy.exc.OperationalError;
import io.alchemy.exc.ProgrammingError;
import io.alchemy.exc.ReadOnlyError;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns a driver's {@link SQLException} into the {@link DBAPIError} subclass SQLAlchemy would raise. The base class
 * reads the standard SQLState class (23 integrity, 08 connection, 42 syntax or access, 22 data, 40 rollback, 0A not
 * supported, XX internal, …) and then the {@code java.sql} exception subclass; dialects override
 * {@link #byVendorCode(SQLException)} for what their driver reports otherwise.
 */
public class ErrorClassifier {

    /** The kinds of database error, each building one {@link DBAPIError} subclass. */
    public enum Kind {
        INTEGRITY, OPERATIONAL, PROGRAMMING, DATA, NOT_SUPPORTED, INTERNAL, INTERFACE, DATABASE,
        /** A write refused because the transaction or the server is read-only (a replica): {@link ReadOnlyError}. */
        READ_ONLY;

        /** Builds the exception of this kind. */
        public DBAPIError create(String sql, List<?> params, SQLException cause) {
            return switch (this) {
                case INTEGRITY -> new IntegrityError(sql, params, cause);
                case OPERATIONAL -> new OperationalError(sql, params, cause);
                case PROGRAMMING -> new ProgrammingError(sql, params, cause);
                case DATA -> new DataError(sql, params, cause);
                case NOT_SUPPORTED -> new NotSupportedError(sql, params, cause);
                case INTERNAL -> new InternalError(sql, params, cause);
                case INTERFACE -> new InterfaceError(sql, params, cause);
                case DATABASE -> new DatabaseError(sql, params, cause);
                case READ_ONLY -> new ReadOnlyError(sql, params, cause);
            };
        }
    }

    /** The classified exception for {@code error}, raised while running {@code sql} with {@code params}. */
    public final DBAPIError classify(SQLException error, String sql, List<?> params) {
        DBAPIError classified = kindOf(error).create(sql, params, error);
        boolean disconnect = isDisconnect(error);
        if (disconnect) {
            classified.markConnectionInvalidated();
        }
        return classified.markRetryable(disconnect || isTransient(error));
    }

    /**
     * Whether {@code error} means the connection is lost (SQLAlchemy's {@code dialect.is_disconnect}): SQLState class
     * 08 (connection exception), PostgreSQL's 57P01/57P02/57P03 (the server terminated the session or is shutting down
     * or starting), the driver's {@code SQLNonTransientConnectionException}, or what the dialect's driver reports
     * otherwise ({@link #isDisconnectByVendorCode}). Looks through chained and causing exceptions.
     */
    public final boolean isDisconnect(SQLException error) {
        for (SQLException each = error; each != null; each = next(each)) {
            String state = each.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return true;
            }
            if (each instanceof SQLNonTransientConnectionException || isDisconnectByVendorCode(each)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code error} is transient, so that running the transaction again may succeed: serialization failure
     * (40001), deadlock (40P01), lock not available (55P03), or what the dialect's driver reports otherwise
     * ({@link #isTransientByVendorCode}).
     */
    public final boolean isTransient(SQLException error) {
        for (SQLException each = error; each != null; each = next(each)) {
            String state = each.getSQLState();
            if ("40001".equals(state) || "40P01".equals(state) || "55P03".equals(state)
                    || isTransientByVendorCode(each)) {
                return true;
            }
        }
        return false;
    }

    /** The dialect's driver-specific disconnect errors (MariaDB's socket errors, ...); none by default. */
    protected boolean isDisconnectByVendorCode(SQLException error) {
        return false;
    }

    /** The dialect's driver-specific transient errors (MySQL's deadlock 1213, lock wait timeout 1205, ...). */
    protected boolean isTransientByVendorCode(SQLException error) {
        return false;
    }

    /** The kind of {@code error}, looking through its chained ({@code getNextException}) and causing exceptions. */
    public Kind kindOf(SQLException error) {
        for (SQLException each = error; each != null; each = next(each)) {
            Kind kind = byVendorCode(each);
            if (kind == null) {
                kind = bySqlState(each.getSQLState());
            }
            if (kind == null) {
                kind = byExceptionClass(each);
            }
            if (kind != null) {
                return kind;
            }
        }
        return Kind.DATABASE;
    }

    /** The dialect's own reading of the driver's vendor code or message; {@code null} when it has none. */
    protected @Nullable Kind byVendorCode(SQLException error) {
        return null;
    }

    /** The kind for a standard SQLState, by its two-character class; {@code null} when unknown. */
    protected @Nullable Kind bySqlState(String sqlState) {
        if (sqlState == null || sqlState.length() < 2) {
            return null;
        }
        String state = sqlState.toUpperCase(Locale.ROOT);
        if (state.startsWith("HYT")) {
            return Kind.OPERATIONAL;
        }
        if (state.equals("25006")) {
            return Kind.READ_ONLY; // read_only_sql_transaction: a write in a read-only transaction or on a hot standby
        }
        return switch (state.substring(0, 2)) {
            case "0A" -> Kind.NOT_SUPPORTED;
            case "08", "28", "34", "40", "53", "54", "55", "57", "58", "27" -> Kind.OPERATIONAL;
            case "20", "21", "26", "3D", "3F", "42", "44" -> Kind.PROGRAMMING;
            case "22" -> Kind.DATA;
            case "23" -> Kind.INTEGRITY;
            case "24", "25", "2B", "2D", "2F", "38", "39", "3B", "F0", "P0", "XX" -> Kind.INTERNAL;
            default -> null;
        };
    }

    /** The kind suggested by the driver's choice of {@code java.sql} exception class. */
    protected Kind byExceptionClass(SQLException error) {
        if (error instanceof SQLIntegrityConstraintViolationException) {
            return Kind.INTEGRITY;
        }
        if (error instanceof SQLSyntaxErrorException) {
            return Kind.PROGRAMMING;
        }
        if (error instanceof SQLDataException) {
            return Kind.DATA;
        }
        if (error instanceof SQLFeatureNotSupportedException) {
            return Kind.NOT_SUPPORTED;
        }
        if (error instanceof SQLTransientConnectionException || error instanceof SQLNonTransientConnectionException
                || error instanceof SQLTimeoutException || error instanceof SQLTransactionRollbackException) {
            return Kind.OPERATIONAL;
        }
        return null;
    }

    private static SQLException next(SQLException error) {
        if (error.getNextException() != null && error.getNextException() != error) {
            return error.getNextException();
        }
        return error.getCause() instanceof SQLException cause && cause != error ? cause : null;
    }
}
