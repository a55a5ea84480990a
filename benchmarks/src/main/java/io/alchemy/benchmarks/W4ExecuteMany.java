package io.alchemy.benchmarks;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.benchmarks.alchemy.BenchTables.USERS;
import static io.alchemy.benchmarks.jooq.UserAccount.USER_ACCOUNT;

import io.alchemy.benchmarks.fixture.DataSet;
import io.alchemy.benchmarks.harness.Audit;
import io.alchemy.benchmarks.harness.Statements;
import io.alchemy.benchmarks.harness.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.BatchBindStep;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * W4b, executemany: {@code n} new users in one transaction through one JDBC batch, keys not read back. Returns
 * the number of rows inserted. Inserted rows are removed after each iteration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W4ExecuteMany extends Workload {
    private static final String SQL = "INSERT INTO user_account (name, fullname) VALUES (?, ?)";

    @Param({"h2", "postgresql"})
    public String db;

    @Param({"100", "1000", "10000"})
    public int n;

    private String[] names;
    private String[] fullnames;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        names = new String[n];
        fullnames = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "many" + i;
            fullnames[i] = "Many User " + i;
        }
        open(db, params);
    }

    /** Removes the rows this iteration inserted. */
    @TearDown(Level.Iteration)
    public void removeInserted() throws SQLException {
        fixture.reset();
    }

    @Benchmark
    public long jdbc(Audit audit) throws SQLException {
        count(audit);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long inserted = 0;
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                for (int i = 0; i < n; i++) {
                    ps.setString(1, names[i]);
                    ps.setString(2, fullnames[i]);
                    ps.addBatch();
                }
                for (int count : ps.executeBatch()) {
                    inserted += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
                }
            }
            c.commit();
            return inserted;
        }
    }

    @Benchmark
    public long alchemyCore(Audit audit) {
        count(audit);
        List<Map<String, Object>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(Map.of("name", names[i], "fullname", fullnames[i]));
        }
        return alchemy.transaction(conn -> conn.execute(insert(USERS), rows).rowcount());
    }

    @Benchmark
    public long jooq(Audit audit) {
        count(audit);
        return jooq.transactionResult(configuration -> {
            BatchBindStep batch = DSL.using(configuration).batch(DSL.using(configuration)
                    .insertInto(USER_ACCOUNT, USER_ACCOUNT.NAME, USER_ACCOUNT.FULLNAME)
                    .values((String) null, (String) null));
            for (int i = 0; i < n; i++) {
                batch = batch.bind(names[i], fullnames[i]);
            }
            long inserted = 0;
            for (int count : batch.execute()) {
                inserted += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
            }
            return inserted;
        });
    }

    @Override
    protected Statements statements() {
        return Statements.exactly(1);
    }

    @Override
    protected void check(Object result) {
        require(result instanceof Long inserted && inserted == n, "expected " + n + " rows inserted, got " + result);
        require(fixture.count("user_account") >= DataSet.USERS + n, "the inserted users are not in the table");
    }
}
