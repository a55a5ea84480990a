package io.alchemy.dialect.sqlite;

import io.alchemy.dialect.ErrorClassifier;
import java.sql.SQLException;

/**
 * SQLite gives no SQLState; sqlite-jdbc reports the SQLite result code as the vendor code (its low byte is the
 * primary code) and names it in the message ({@code [SQLITE_CONSTRAINT_PRIMARYKEY] …}). The mapping follows
 * Python's sqlite3 module, except that a plain {@code SQLITE_ERROR} (syntax error, no such table or column) is a
 * {@code ProgrammingError}, as on the other databases.
 */
public class SQLiteErrorClassifier extends ErrorClassifier {

    @Override
    protected Kind byVendorCode(SQLException error) {
        int code = primaryCode(error);
        return switch (code) {
            case 1 -> Kind.PROGRAMMING;                                   // SQLITE_ERROR
            case 2, 12 -> Kind.INTERNAL;                                  // INTERNAL, NOTFOUND
            case 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17 -> Kind.OPERATIONAL; // PERM … SCHEMA
            case 11, 26 -> Kind.DATABASE;                                 // CORRUPT, NOTADB
            case 18 -> Kind.DATA;                                         // TOOBIG
            case 19, 20 -> Kind.INTEGRITY;                                // CONSTRAINT, MISMATCH
            case 21, 25 -> Kind.INTERFACE;                                // MISUSE, RANGE
            default -> null;
        };
    }

    /** sqlite-jdbc's error for a statement on a closed connection. */
    @Override
    protected boolean isDisconnectByVendorCode(SQLException error) {
        return error.getMessage() != null && error.getMessage().contains("database connection closed");
    }

    /** SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds the lock. */
    @Override
    protected boolean isTransientByVendorCode(SQLException error) {
        String message = error.getMessage();
        return message != null && (message.startsWith("[SQLITE_BUSY") || message.startsWith("[SQLITE_LOCKED"));
    }

    /** The primary result code, from the vendor code or, failing that, the {@code [SQLITE_…]} name in the message. */
    static int primaryCode(SQLException error) {
        if (error.getErrorCode() > 0) {
            return error.getErrorCode() & 0xff;
        }
        String message = error.getMessage();
        if (message == null || !message.startsWith("[SQLITE_")) {
            return 0;
        }
        String name = message.substring(1, message.indexOf(']') > 0 ? message.indexOf(']') : message.length());
        if (name.startsWith("SQLITE_CONSTRAINT")) {
            return 19;
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED") || name.startsWith("SQLITE_IOERR")
                || name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN")) {
            return 5;
        }
        return name.equals("SQLITE_ERROR") ? 1 : 0;
    }
}
