package io.alchemy.benchmarks;

import io.alchemy.benchmarks.orm.OrmUser;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.update;
import static io.alchemy.benchmarks.alchemy.BenchTables.USERS;
import static io.alchemy.benchmarks.jooq.UserAccount.USER_ACCOUNT;

import io.alchemy.benchmarks.fixture.DataSet;
import io.alchemy.benchmarks.harness.Audit;
import io.alchemy.benchmarks.harness.Rows;
import io.alchemy.benchmarks.harness.Statements;
import io.alchemy.benchmarks.harness.Workload;
import io.alchemy.benchmarks.hibernate.UserEntity;
import io.alchemy.benchmarks.jooq.UserAccountRecord;
import io.alchemy.benchmarks.model.UserRow;
import io.alchemy.benchmarks.model.UserView;
import io.alchemy.engine.Row;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * W5a, read-modify-write: load one user by id, give it a new full name, commit. Returns the changed user.
 * Full names are restored before each trial.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W5aReadModifyWrite extends Workload {
    private static final String SELECT = "SELECT id, name, fullname FROM user_account WHERE id = ?";
    private static final String UPDATE = "UPDATE user_account SET fullname = ? WHERE id = ?";
    /** The ORM contender returns the object it changed: commit keeps its loaded values. */
    private static final SessionOptions KEEP_LOADED = SessionOptions.DEFAULTS.withExpireOnCommit(false);

    @Param({"h2", "postgresql"})
    public String db;

    private long counter;
    private long lastId;
    private String lastFullname;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        open(db, params);
    }

    private long nextId() {
        lastId = counter % DataSet.USERS + 1;
        lastFullname = "User " + lastId + " v" + counter++;
        return lastId;
    }

    @Benchmark
    public UserRow jdbc(Audit audit) throws SQLException {
        count(audit);
        long id = nextId();
        String fullname = lastFullname;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            UserRow user;
            try (PreparedStatement ps = c.prepareStatement(SELECT)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    user = new UserRow(rs.getLong(1), rs.getString(2), rs.getString(3));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                ps.setString(1, fullname);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            c.commit();
            return new UserRow(user.id(), user.name(), fullname);
        }
    }

    @Benchmark
    public UserRow alchemyCore(Audit audit) {
        count(audit);
        long id = nextId();
        String fullname = lastFullname;
        return alchemy.transaction(conn -> {
            Row row = conn.execute(select(USERS).where(USERS.c("id").eq(id))).one();
            conn.execute(update(USERS).values(Map.of("fullname", fullname)).where(USERS.c("id").eq(id)));
            return new UserRow(row.get(0, Long.class), row.get(1, String.class), fullname);
        });
    }

    @Benchmark
    public OrmUser alchemyOrm(Audit audit) {
        count(audit);
        long id = nextId();
        try (Session session = new Session(alchemy, KEEP_LOADED)) {
            OrmUser user = session.get(OrmUser.class, id);
            user.setFullname(lastFullname);
            session.commit();
            return user;
        }
    }

    @Benchmark
    public UserAccountRecord jooq(Audit audit) {
        count(audit);
        long id = nextId();
        String fullname = lastFullname;
        return jooq.transactionResult(configuration -> {
            UserAccountRecord user = DSL.using(configuration).fetchSingle(USER_ACCOUNT, USER_ACCOUNT.ID.eq(id));
            user.setFullname(fullname);
            user.store();
            return user;
        });
    }

    @Benchmark
    public UserEntity hibernate(Audit audit) {
        count(audit);
        long id = nextId();
        String fullname = lastFullname;
        return hibernate.fromTransaction(session -> {
            UserEntity user = session.find(UserEntity.class, id);
            user.setFullname(fullname);
            return user;
        });
    }

    @Override
    protected Statements statements() {
        return Statements.exactly(2);
    }

    @Override
    protected void check(Object result) {
        String wrong = Rows.user(result, lastId, lastFullname);
        require(wrong == null, wrong);
        require(lastFullname.equals(fixture.storedFullname(((UserView) result).id())), "the change was not committed");
    }
}
