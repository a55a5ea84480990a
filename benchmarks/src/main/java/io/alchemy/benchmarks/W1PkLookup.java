package io.alchemy.benchmarks;

import io.alchemy.benchmarks.orm.OrmUser;
import io.alchemy.orm.Session;
import static io.alchemy.Alchemy.select;
import static io.alchemy.benchmarks.alchemy.BenchTables.USERS;
import static io.alchemy.benchmarks.jooq.UserAccount.USER_ACCOUNT;

import io.alchemy.benchmarks.fixture.DataSet;
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
 * W1, primary-key lookup: one user by id (ids cycle through all users), a fresh connection or session per
 * operation. Isolates the fixed cost of one query: checkout, statement, binding, a one-row read.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W1PkLookup extends Workload {
    private static final String SQL = "SELECT id, name, fullname FROM user_account WHERE id = ?";

    @Param({"h2", "postgresql"})
    public String db;

    private long counter;
    private long lastId;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        open(db, params);
    }

    private long nextId() {
        lastId = counter++ % DataSet.USERS + 1;
        return lastId;
    }

    @Benchmark
    public UserRow jdbc(Audit audit) throws SQLException {
        count(audit);
        long id = nextId();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new UserRow(rs.getLong(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    @Benchmark
    public UserRow alchemyCore(Audit audit) {
        count(audit);
        long id = nextId();
        try (io.alchemy.engine.Connection conn = alchemy.connect()) {
            Row row = conn.execute(select(USERS).where(USERS.c("id").eq(id))).one();
            return new UserRow(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class));
        }
    }

    @Benchmark
    public OrmUser alchemyOrm(Audit audit) {
        count(audit);
        long id = nextId();
        try (Session session = new Session(alchemy)) {
            return session.get(OrmUser.class, id);
        }
    }

    @Benchmark
    public UserRow jooq(Audit audit) {
        count(audit);
        long id = nextId();
        return jooq.select(USER_ACCOUNT.ID, USER_ACCOUNT.NAME, USER_ACCOUNT.FULLNAME)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(id))
                .fetchOne(Records.mapping(UserRow::new));
    }

    @Benchmark
    public UserEntity hibernate(Audit audit) {
        count(audit);
        long id = nextId();
        return hibernate.fromSession(session -> session.find(UserEntity.class, id));
    }

    @Override
    protected Statements statements() {
        return Statements.exactly(1);
    }

    @Override
    protected void check(Object result) {
        String wrong = Rows.user(result, lastId, DataSet.fullname(lastId));
        require(wrong == null, wrong);
    }
}
