package io.alchemy.insight;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.Alchemy;
import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.EngineOptions;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import io.alchemy.sql.TextClause;
import io.alchemy.testing.Allocations;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What statement statistics cost in allocations, measured with the JVM's per-thread allocation counter after warm-up:
 * disabled, a statement allocates exactly what it does on an Engine that never heard of them (no event is even made
 * when no listener listens); enabled, recording into a known shape allocates nothing.
 */
class StatisticsAllocationTest {
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 20_000;

    @Test
    void disabledStatisticsAllocateNothingPerStatement() {
        try (Engine plain = Alchemy.createEngine("jdbc:h2:mem:alloc_plain;DB_CLOSE_DELAY=-1");
                Engine disabled = Alchemy.createEngine("jdbc:h2:mem:alloc_disabled;DB_CLOSE_DELAY=-1",
                        EngineOptions.builder().statementStatistics(0).build());
                Engine enabled = Alchemy.createEngine("jdbc:h2:mem:alloc_enabled;DB_CLOSE_DELAY=-1",
                        EngineOptions.builder().statementStatistics(100).build())) {
            assertThat(disabled.statementStatistics().isEnabled()).isFalse();
            double[] least = Allocations.leastBytesPerOperation(5, WARM_UP, MEASURED, statementOn(plain),
                    statementOn(disabled), statementOn(enabled));   // rounds alternate: the least of each is kept
            double plainBytes = least[0];
            double disabledBytes = least[1];
            double enabledBytes = least[2];
            System.out.printf("statement statistics allocation per statement: engine without statistics %.1f B, "
                    + "disabled %.1f B, enabled %.1f B%n", plainBytes, disabledBytes, enabledBytes);
            assertThat(disabledBytes - plainBytes).isLessThan(plainBytes / 1000);    // < 0.1 %: noise, if any
            assertThat(enabled.statementStatistics().get("SELECT ?").count()).isEqualTo(5L * (WARM_UP + MEASURED));
        }
    }

    @Test
    void recordingIntoAKnownShapeAllocatesNothing() {
        StatementStatistics stats = new StatementStatistics(100);
        StatementEvent event = Recording.event("SELECT a FROM t WHERE b = ?");
        StatementOutcome outcome = new StatementOutcome(-1, 1_000, 3);
        for (int i = 0; i < WARM_UP * 5; i++) {
            stats.afterExecute(event, outcome);
        }
        double perCall = Allocations.bytesPerOperation(0, MEASURED * 5, () -> stats.afterExecute(event, outcome));
        System.out.printf("statement statistics allocation per recorded execution: %.3f B%n", perCall);
        assertThat(perCall).isLessThan(1.0);
        assertThat(stats.get("SELECT a FROM t WHERE b = ?").count()).isEqualTo(5L * (WARM_UP + MEASURED));
    }

    /** One execution of {@code SELECT :x} on a connection of {@code engine} (opened on first use, for the test's life). */
    private static Allocations.Operation statementOn(Engine engine) {
        TextClause select = text("SELECT :x");
        Map<String, Object> parameters = Map.of("x", 1);
        Connection conn = engine.connect();
        return () -> conn.execute(select, parameters);
    }
}
