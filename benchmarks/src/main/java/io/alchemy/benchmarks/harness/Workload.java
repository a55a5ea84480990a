package io.alchemy.benchmarks.harness;

import io.alchemy.benchmarks.fixture.Fixture;
import io.alchemy.benchmarks.jdbc.StatementCounter;
import io.alchemy.benchmarks.orm.OrmMapping;
import io.alchemy.engine.Engine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.jooq.DSLContext;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The base of every workload class: one {@code @Benchmark} method per contender, named after it ({@code jdbc},
 * {@code alchemyCore}, {@code jooq}, {@code hibernate}, …), each taking the {@link Audit} and calling {@link #count(Audit)} first. Before and after each
 * trial the contender runs once more outside the measurement, and what it returned is checked against
 * {@link io.alchemy.benchmarks.fixture.DataSet} together with the statements it ran; after every iteration the
 * statements of all measured operations are audited. A failed check fails the trial.
 */
public abstract class Workload {
    /** The database of this trial. */
    protected Fixture fixture;
    /** The benchmark method (contender) of this trial. */
    protected String contender;
    /** The counting data source (every contender's only way to the database). */
    protected DataSource dataSource;
    /** Alchemy's engine, for contenders named {@code alchemy…}. */
    protected Engine alchemy;
    /** jOOQ, for contenders named {@code jooq…}. */
    protected DSLContext jooq;
    /** Hibernate, for contenders named {@code hibernate…}. */
    protected SessionFactory hibernate;

    private long iterationOps;
    private long iterationStart;

    /** Opens the fixture of {@code db} for the trial's contender and verifies it once. Call from {@code @Setup(Trial)}. */
    protected final void open(String db, BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        open(db, benchmark.substring(benchmark.lastIndexOf('.') + 1));
    }

    /** Same, naming the contender directly. */
    protected final void open(String db, String contenderName) {
        fixture = Fixture.open(db);
        contender = contenderName;
        dataSource = fixture.dataSource();
        alchemy = contender.startsWith("alchemy") ? fixture.alchemy() : null;
        if (contender.startsWith("alchemyOrm")) {
            OrmMapping.registry();
        }
        jooq = contender.startsWith("jooq") ? fixture.jooq() : null;
        hibernate = contender.startsWith("hibernate") ? fixture.hibernate() : null;
        prepare();
        verify("before measurement");
    }

    /** Starts the statement audit of an iteration. */
    @Setup(Level.Iteration)
    public void startIteration() {
        iterationOps = 0;
        iterationStart = StatementCounter.executions();
    }

    /** Audits the statements every operation of this iteration ran. */
    @TearDown(Level.Iteration)
    public void auditIteration() {
        Statements expected = statements();
        long total = StatementCounter.executions() - iterationStart;
        if (!expected.allows(total, iterationOps)) {
            throw new VerificationError(describe() + " ran " + total + " statements in " + iterationOps
                    + " operations; expected " + expected + " per operation");
        }
    }

    /** Counts one operation, for the report ({@code audit}) and for the audit above. Every benchmark calls it first. */
    protected final void count(Audit audit) {
        audit.ops++;
        iterationOps++;
    }

    /** Verifies the contender once more and releases what {@link #prepare()} took. */
    @TearDown(Level.Trial)
    public void verifyAfterMeasurement() {
        try {
            verify("after measurement");
        } finally {
            finish();
        }
    }

    /** Builds what the contender needs before its first operation (a Hibernate session, …). */
    protected void prepare() {
    }

    /** Releases what {@link #prepare()} took. */
    protected void finish() {
    }

    /** The statements one operation of {@link #contender} must run. */
    protected abstract Statements statements();

    /** Throws {@link VerificationError} unless {@code result}, what one operation returned, is right. */
    protected abstract void check(Object result);

    /** Runs one operation of the contender outside the measurement and checks its result and statements. */
    protected final void verify(String when) {
        long before = StatementCounter.executions();
        Object result = runOnce();
        long ran = StatementCounter.executions() - before;
        check(result);
        if (!statements().allows(ran, 1)) {
            throw new VerificationError(describe() + " ran " + ran + " statements " + when + "; expected "
                    + statements());
        }
    }

    /** Fails with {@link VerificationError} naming this workload and contender unless {@code condition} holds. */
    protected final void require(boolean condition, String what) {
        if (!condition) {
            throw new VerificationError(describe() + ": " + what);
        }
    }

    private Object runOnce() {
        try {
            Method method = getClass().getMethod(contender, Audit.class);
            return method.invoke(this, new Audit());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(describe() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No benchmark method " + contender + "(Audit) in " + getClass(), e);
        }
    }

    private String describe() {
        String name = getClass().getSimpleName().replace("_jmhType", "");
        return name + "." + contender + " on " + fixture.database().id();
    }
}
