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
