package io.alchemy.benchmarks;

import io.alchemy.benchmarks.orm.OrmUser;
import io.alchemy.orm.Session;
import static io.alchemy.benchmarks.jooq.UserAccount.USER_ACCOUNT;

import io.alchemy.benchmarks.alchemy.BenchTables;

import io.alchemy.benchmarks.fixture.DataSet;
import io.alchemy.benchmarks.harness.Audit;
import io.alchemy.benchmarks.harness.Rows;
import io.alchemy.benchmarks.harness.Statements;
import io.alchemy.benchmarks.harness.Workload;
import io.alchemy.benchmarks.hibernate.UserEntity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.InsertValuesStep2;
import org.jooq.Record1;
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
 * W4a, bulk insert with generated keys: {@code n} new users in one transaction, every generated id returned. The
 * JDBC baseline is multi-row {@code INSERT … RETURNING} in pages of {@value #PAGE} rows (pgjdbc cannot rewrite a
 * batch that returns keys). Inserted rows are removed after each iteration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W4InsertReturning extends Workload {
    static final int PAGE = 1000;

    @Param({"h2", "postgresql"})
    public String db;

    @Param({"100", "1000", "10000"})
    public int n;

    private String[] names;
    private String[] fullnames;
    private final java.util.Map<Integer, String> sqlByRows = new java.util.HashMap<>();

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        names = new String[n];
        fullnames = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "new" + i;
            fullnames[i] = "New User " + i;
        }
        open(db, params);
    }

    /** Removes the rows this iteration inserted. */
    @TearDown(Level.Iteration)
    public void removeInserted() throws SQLException {
        fixture.reset();
    }

    @Benchmark
    public List<Long> jdbc(Audit audit) throws SQLException {
        count(audit);
        List<Long> ids = new ArrayList<>(n);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int start = 0; start < n; start += PAGE) {
                int rows = Math.min(PAGE, n - start);
                try (PreparedStatement ps = c.prepareStatement(insertSql(rows))) {
                    int p = 1;
                    for (int i = start; i < start + rows; i++) {
                        ps.setString(p++, names[i]);
                        ps.setString(p++, fullnames[i]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
            }
            c.commit();
        }
        return ids;
    }

    @Benchmark
    public List<Long> alchemyCore(Audit audit) {
        count(audit);
        List<Map<String, Object>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(Map.of("name", names[i], "fullname", fullnames[i]));
        }
        return alchemy.transaction(conn -> BenchTables.insertReturningIds(conn, BenchTables.USERS, rows));
    }

    @Benchmark
    public List<Long> alchemyOrm(Audit audit) {
        count(audit);
        List<OrmUser> users = new ArrayList<>(n);
        try (Session session = new Session(alchemy)) {
            for (int i = 0; i < n; i++) {
                OrmUser user = new OrmUser(names[i], fullnames[i]);
                session.add(user);
                users.add(user);
            }
            session.flush();
            List<Long> ids = new ArrayList<>(n);
            for (OrmUser user : users) {
                ids.add(user.getId());
            }
            session.commit();
            return ids;
        }
    }

    @Benchmark
    public List<Long> jooq(Audit audit) {
        count(audit);
        return jooq.transactionResult(configuration -> {
            InsertValuesStep2<?, String, String> insert = DSL.using(configuration)
                    .insertInto(USER_ACCOUNT, USER_ACCOUNT.NAME, USER_ACCOUNT.FULLNAME);
            for (int i = 0; i < n; i++) {
                insert = insert.values(names[i], fullnames[i]);
            }
            return insert.returningResult(USER_ACCOUNT.ID).fetch(Record1::value1);
        });
    }

    @Benchmark
    public List<Long> hibernate(Audit audit) {
        count(audit);
        List<UserEntity> users = new ArrayList<>(n);
        hibernate.inTransaction(session -> {
            for (int i = 0; i < n; i++) {
                UserEntity user = new UserEntity(names[i], fullnames[i]);
                session.persist(user);
                users.add(user);
            }
        });
        List<Long> ids = new ArrayList<>(n);
        for (UserEntity user : users) {
            ids.add(user.getId());
        }
        return ids;
    }

    /** The SQL for a page of {@code rows} rows, built once per page size like hand-written code would. */
    private String insertSql(int rows) {
        return sqlByRows.computeIfAbsent(rows, this::buildInsertSql);
    }

    private String buildInsertSql(int rows) {
        StringBuilder values = new StringBuilder(rows * 8);
        for (int i = 0; i < rows; i++) {
            values.append(i == 0 ? "(?, ?)" : ", (?, ?)");
        }
        return fixture.database().insertReturningIds("user_account", "name, fullname", values.toString());
    }

    @Override
    protected Statements statements() {
        int batches = (n + 49) / 50;
        return switch (contender) {
            case "jdbc" -> Statements.exactly((n + PAGE - 1) / PAGE);
            case "hibernate" -> Statements.between(batches + n / 50, batches + batches + 1);
            // one statement per row today (executemany with RETURNING; per-row INSERT on H2), pages of 1000 once
            // insertmanyvalues lands: both pass the audit
            case "alchemyCore", "alchemyOrm" -> Statements.between((n + PAGE - 1) / PAGE, n);
            default -> Statements.exactly(1);
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void check(Object result) {
        String wrong = Rows.newIds((List<Long>) result, n, DataSet.USERS);
        require(wrong == null, wrong);
        require(fixture.count("user_account") >= DataSet.USERS + n, "the inserted users are not in the table");
    }
}
