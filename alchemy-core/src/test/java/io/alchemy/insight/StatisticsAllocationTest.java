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
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What statement statistics cost in allocations, measured with the JVM's per-thread allocation counter after warm-up:
 * disabled, a statement allocates exactly what it does on an Engine that never heard of them (no event is even made
 * when no listener listens); enabled, recording into a known shape allocates nothing.
 */
class StatisticsAllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
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
            double plainBytes = Double.MAX_VALUE;
            double disabledBytes = Double.MAX_VALUE;
            double enabledBytes = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {                  // rounds alternate: the least of each is kept
                plainBytes = Math.min(plainBytes, bytesPerStatement(plain));
                disabledBytes = Math.min(disabledBytes, bytesPerStatement(disabled));
                enabledBytes = Math.min(enabledBytes, bytesPerStatement(enabled));
            }
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
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < MEASURED * 5; i++) {
            stats.afterExecute(event, outcome);
        }
        double perCall = (THREADS.getCurrentThreadAllocatedBytes() - before) / (double) (MEASURED * 5);
        System.out.printf("statement statistics allocation per recorded execution: %.3f B%n", perCall);
        assertThat(perCall).isLessThan(1.0);
        assertThat(stats.get("SELECT a FROM t WHERE b = ?").count()).isEqualTo(5L * (WARM_UP + MEASURED));
    }

    private static double bytesPerStatement(Engine engine) {
        TextClause select = text("SELECT :x");
        Map<String, Object> parameters = Map.of("x", 1);
        try (Connection conn = engine.connect()) {
            for (int i = 0; i < WARM_UP; i++) {
                conn.execute(select, parameters);
            }
            long before = THREADS.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < MEASURED; i++) {
                conn.execute(select, parameters);
            }
            return (THREADS.getCurrentThreadAllocatedBytes() - before) / (double) MEASURED;
        }
    }
}
