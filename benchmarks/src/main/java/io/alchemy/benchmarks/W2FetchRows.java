package io.alchemy.benchmarks;

import io.alchemy.benchmarks.orm.OrmUser;
import io.alchemy.benchmarks.orm.OrmUser_;
import io.alchemy.orm.Session;
import static io.alchemy.Alchemy.select;
import static io.alchemy.benchmarks.alchemy.BenchTables.USERS;
import static io.alchemy.benchmarks.jooq.UserAccount.USER_ACCOUNT;

import io.alchemy.benchmarks.harness.Audit;
import io.alchemy.benchmarks.harness.Rows;
import io.alchemy.benchmarks.harness.Statements;
import io.alchemy.benchmarks.harness.Workload;
import io.alchemy.benchmarks.hibernate.UserEntity;
import io.alchemy.benchmarks.model.UserRow;
import io.alchemy.engine.Row;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.Records;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * W2, fetch N flat rows: users {@code 1..n} in id order, materialized into objects (a {@link UserRow} each; tracked
 * entities for Hibernate). Isolates the per-row materialization slope.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W2FetchRows extends Workload {
    private static final String SQL = "SELECT id, name, fullname FROM user_account WHERE id <= ? ORDER BY id";

    @Param({"h2", "postgresql"})
    public String db;

    @Param({"1", "10", "100", "1000", "10000"})
    public int n;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        open(db, params);
    }

    @Benchmark
    public List<UserRow> jdbc(Audit audit) throws SQLException {
        count(audit);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setLong(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                List<UserRow> users = new ArrayList<>(n);
                while (rs.next()) {
                    users.add(new UserRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
                return users;
            }
        }
    }

    @Benchmark
    public List<UserRow> alchemyCore(Audit audit) {
        count(audit);
        try (io.alchemy.engine.Connection conn = alchemy.connect()) {
            List<UserRow> users = new ArrayList<>(n);
            for (Row row : conn.execute(select(USERS).where(USERS.c("id").le((long) n)).orderBy(USERS.c("id")))) {
                users.add(new UserRow(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class)));
            }
            return users;
        }
    }

    @Benchmark
    public List<OrmUser> alchemyOrm(Audit audit) {
        count(audit);
        try (Session session = new Session(alchemy)) {
            return session.scalars(select(OrmUser.class).where(OrmUser_.id.le((long) n)).orderBy(OrmUser_.id)).all();
        }
    }

    @Benchmark
    public List<UserRow> jooq(Audit audit) {
        count(audit);
        return jooq.select(USER_ACCOUNT.ID, USER_ACCOUNT.NAME, USER_ACCOUNT.FULLNAME)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.le((long) n))
                .orderBy(USER_ACCOUNT.ID)
                .fetch(Records.mapping(UserRow::new));
    }

    @Benchmark
    public List<UserEntity> hibernate(Audit audit) {
        count(audit);
        return hibernate.fromSession(session -> session
                .createSelectionQuery("from UserEntity u where u.id <= :n order by u.id", UserEntity.class)
                .setParameter("n", (long) n)
                .getResultList());
    }

    @Override
    protected Statements statements() {
        return Statements.exactly(1);
    }

    @Override
    protected void check(Object result) {
        String wrong = Rows.users(result, 1, n);
        require(wrong == null, wrong);
    }
}
