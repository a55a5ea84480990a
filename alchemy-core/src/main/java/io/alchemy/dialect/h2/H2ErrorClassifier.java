package io.alchemy.dialect.h2;

import io.alchemy.dialect.ErrorClassifier;
import java.sql.SQLException;
import java.util.Set;

/**
 * H2 reports standard SQLStates for most errors; its own states start with 90. The ones about a lost, closed or
 * locked database are operational; the other 90xxx states are usage errors.
 */
public class H2ErrorClassifier extends ErrorClassifier {
    /** IO error, connection broken, database closed/in use/not found, lock timeout, out of memory, canceled. */
    private static final Set<String> OPERATIONAL = Set.of("90013", "90020", "90028", "90031", "90067", "90098",
            "90108", "90121", "90146", "HYT00", "57014", "40001");

    /** Connection broken (90067), database closed (90098, 90121), a statement on a closed connection (90007). */
    @Override
    protected boolean isDisconnectByVendorCode(SQLException error) {
        String state = error.getSQLState();
        return "90067".equals(state) || "90098".equals(state) || "90121".equals(state)
                || "90007".equals(state) && error.getMessage() != null && error.getMessage().contains("closed");
    }

    /** Lock timeout (HYT00, code 50200) and deadlock (40001, read by the base class). */
    @Override
    protected boolean isTransientByVendorCode(SQLException error) {
        return "HYT00".equals(error.getSQLState()) || error.getErrorCode() == 50200;
    }

    @Override
    protected Kind byVendorCode(SQLException error) {
        String state = error.getSQLState();
        if (state == null) {
            return null;
        }
        if (OPERATIONAL.contains(state)) {
            return Kind.OPERATIONAL;
        }
        return state.startsWith("90") ? Kind.PROGRAMMING : null;
    }
}
