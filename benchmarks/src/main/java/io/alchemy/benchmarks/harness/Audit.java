package io.alchemy.benchmarks.harness;

import io.alchemy.benchmarks.jdbc.StatementCounter;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The statement audit of one iteration, reported by JMH beside the time as two secondary results: {@code ops}
 * (operations run) and {@code statements} (JDBC executions they caused); their quotient is the round trips per
 * operation the report shows. Every benchmark method counts itself with {@code audit.ops++}.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class Audit {
    /** Operations run in this iteration. */
    public long ops;

    private long executionsAtStart;
    private long executionsAtStop = -1;

    /** Starts counting a new iteration. */
    @Setup(Level.Iteration)
    public void start() {
        ops = 0;
        executionsAtStart = StatementCounter.executions();
        executionsAtStop = -1;
    }

    /** Stops counting, so the verification after the trial is not counted as a measured operation's. */
    @TearDown(Level.Iteration)
    public void stop() {
        executionsAtStop = StatementCounter.executions();
    }

    /** JDBC statement executions in this iteration. */
    public long statements() {
        return (executionsAtStop >= 0 ? executionsAtStop : StatementCounter.executions()) - executionsAtStart;
    }
}
