package io.alchemy.dialect.mysql;

import io.alchemy.dialect.ErrorClassifier;
import java.sql.SQLException;
import java.util.Map;

/**
 * MySQL and MariaDB: their vendor error numbers decide (the SQLState is often the catch-all {@code HY000}), mapped
 * as the MySQL drivers for Python map them; unknown numbers of 1000 and above are operational, below are internal.
 */
public class MySQLErrorClassifier extends ErrorClassifier {
    private static final Map<Integer, Kind> BY_CODE = Map.ofEntries(
            // duplicate entry, foreign key (child, parent), cannot add FK, NULL into NOT NULL, CHECK failed
            Map.entry(1062, Kind.INTEGRITY), Map.entry(1216, Kind.INTEGRITY), Map.entry(1217, Kind.INTEGRITY),
            Map.entry(1451, Kind.INTEGRITY), Map.entry(1452, Kind.INTEGRITY), Map.entry(1215, Kind.INTEGRITY),
            Map.entry(1048, Kind.INTEGRITY), Map.entry(3819, Kind.INTEGRITY), Map.entry(4025, Kind.INTEGRITY),
            // database exists, table exists, syntax, no such table, unknown column, wrong names, group function misuse
            Map.entry(1007, Kind.PROGRAMMING), Map.entry(1050, Kind.PROGRAMMING), Map.entry(1064, Kind.PROGRAMMING),
            Map.entry(1146, Kind.PROGRAMMING), Map.entry(1054, Kind.PROGRAMMING), Map.entry(1102, Kind.PROGRAMMING),
            Map.entry(1103, Kind.PROGRAMMING), Map.entry(1110, Kind.PROGRAMMING), Map.entry(1111, Kind.PROGRAMMING),
            Map.entry(1113, Kind.PROGRAMMING), Map.entry(1166, Kind.PROGRAMMING), Map.entry(1179, Kind.PROGRAMMING),
            Map.entry(1049, Kind.OPERATIONAL), Map.entry(1051, Kind.PROGRAMMING), Map.entry(1091, Kind.PROGRAMMING),
            // data truncated, out of range, no default, data too long, wrong value, division by zero
            Map.entry(1265, Kind.DATA), Map.entry(1264, Kind.DATA), Map.entry(1364, Kind.DATA),
            Map.entry(1406, Kind.DATA), Map.entry(1292, Kind.DATA), Map.entry(1366, Kind.DATA),
            Map.entry(1367, Kind.DATA), Map.entry(1365, Kind.DATA), Map.entry(1171, Kind.DATA),
            // not supported yet, feature disabled, unknown storage engine
            Map.entry(1235, Kind.NOT_SUPPORTED), Map.entry(1289, Kind.NOT_SUPPORTED), Map.entry(1286, Kind.NOT_SUPPORTED),
            // access denied, too many connections, deadlock, lock wait timeout
            Map.entry(1044, Kind.OPERATIONAL), Map.entry(1045, Kind.OPERATIONAL), Map.entry(1040, Kind.OPERATIONAL),
            Map.entry(1213, Kind.OPERATIONAL), Map.entry(1205, Kind.OPERATIONAL));

    /** ER_OPTION_PREVENTS_STATEMENT: refused by a server option; {@code --read-only} among others. */
    private static final int OPTION_PREVENTS_STATEMENT = 1290;
    /**
     * Server gone away (2006), lost connection (2013, 2055), server shutdown (1053), connection killed (1927), client
     * disconnected for inactivity (4031), and the driver's socket errors (SQLState class 08, read by the base class).
     */
    private static final java.util.Set<Integer> DISCONNECT = java.util.Set.of(2006, 2013, 2055, 1053, 1927, 4031);

    @Override
    protected boolean isDisconnectByVendorCode(SQLException error) {
        return DISCONNECT.contains(error.getErrorCode());
    }

    /** Deadlock (1213) and lock wait timeout (1205): InnoDB rolled the statement (or transaction) back. */
    @Override
    protected boolean isTransientByVendorCode(SQLException error) {
        return error.getErrorCode() == 1213 || error.getErrorCode() == 1205;
    }

    @Override
    protected Kind byVendorCode(SQLException error) {
        int code = error.getErrorCode();
        if (code == OPTION_PREVENTS_STATEMENT && error.getMessage() != null
                && error.getMessage().contains("read-only")) {
            return Kind.READ_ONLY; // "The MariaDB server is running with the --read-only option ..." (a replica)
        }
        Kind kind = BY_CODE.get(code);
        if (kind != null || code <= 0) {
            return kind;
        }
        if (error.getSQLState() != null && bySqlState(error.getSQLState()) != null) {
            return null;
        }
        return code >= 1000 ? Kind.OPERATIONAL : Kind.INTERNAL;
    }
}
