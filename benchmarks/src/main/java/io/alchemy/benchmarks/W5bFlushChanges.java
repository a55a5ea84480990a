package io.alchemy.benchmarks;

import io.alchemy.benchmarks.orm.OrmUser;
import io.alchemy.benchmarks.orm.OrmUser_;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import static io.alchemy.Alchemy.bindparam;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.update;
import static io.alchemy.benchmarks.alchemy.BenchTables.USERS;
import static io.alchemy.benchmarks.jooq.UserAccount.USER_ACCOUNT;

import io.alchemy.benchmarks.fixture.DataSet;
import io.alchemy.benchmarks.harness.Audit;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Result;
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
 * W5b/c, flush changes: in one transaction load {@value #LOADED} users (the window moves every operation), give the
 * first {@code changed} of them a new full name, write the changes. Returns the loaded users.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W5bFlushChanges extends Workload {
    static final int LOADED = 1000;
    private static final String SELECT = "SELECT id, name, fullname FROM user_account WHERE id BETWEEN ? AND ? ORDER BY id";
    private static final String UPDATE = "UPDATE user_account SET fullname = ? WHERE id = ?";

    @Param({"h2", "postgresql"})
    public String db;

    @Param({"10", "1000"})
    public int changed;

    /** The ORM contender returns the objects it changed: commit keeps their loaded values. */
    private static final SessionOptions KEEP_LOADED = SessionOptions.DEFAULTS.withExpireOnCommit(false);
    private long counter;
    private long lo;
    private String suffix;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        open(db, params);
    }

    private long nextWindow() {
        lo = counter % (DataSet.USERS / LOADED) * LOADED + 1;
        suffix = " v" + counter++;
        return lo;
    }

    /** The new full name of user {@code id} in this operation. */
    private String renamed(long id) {
        return DataSet.fullname(id) + suffix;
    }

    @Benchmark
    public List<UserRow> jdbc(Audit audit) throws SQLException {
        count(audit);
        long first = nextWindow();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<UserRow> users = new ArrayList<>(LOADED);
            try (PreparedStatement ps = c.prepareStatement(SELECT)) {
                ps.setLong(1, first);
                ps.setLong(2, first + LOADED - 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        users.add(new UserRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                for (int i = 0; i < changed; i++) {
                    UserRow user = users.get(i);
                    UserRow newer = new UserRow(user.id(), user.name(), renamed(user.id()));
                    users.set(i, newer);
                    ps.setString(1, newer.fullname());
                    ps.setLong(2, newer.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            return users;
        }
    }

    @Benchmark
    public List<UserRow> alchemyCore(Audit audit) {
        count(audit);
        long first = nextWindow();
        return alchemy.transaction(conn -> {
            List<UserRow> users = new ArrayList<>(LOADED);
            for (Row row : conn.execute(select(USERS).where(USERS.c("id").between(first, first + LOADED - 1))
                    .orderBy(USERS.c("id")))) {
                users.add(new UserRow(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class)));
            }
            List<Map<String, Object>> changes = new ArrayList<>(changed);
            for (int i = 0; i < changed; i++) {
                UserRow user = users.get(i);
                UserRow newer = new UserRow(user.id(), user.name(), renamed(user.id()));
                users.set(i, newer);
                changes.add(Map.of("new_fullname", newer.fullname(), "user_id", newer.id()));
            }
            conn.execute(update(USERS).values(Map.of("fullname", bindparam("new_fullname")))
                    .where(USERS.c("id").eq(bindparam("user_id"))), changes);
            return users;
        });
    }

    @Benchmark
    public List<OrmUser> alchemyOrm(Audit audit) {
        count(audit);
        long first = nextWindow();
        try (Session session = new Session(alchemy, KEEP_LOADED)) {
            List<OrmUser> users = session.scalars(select(OrmUser.class)
                    .where(OrmUser_.id.between(first, first + LOADED - 1)).orderBy(OrmUser_.id)).all();
            for (int i = 0; i < changed; i++) {
                OrmUser user = users.get(i);
                user.setFullname(renamed(user.id()));
            }
            session.commit();
            return users;
        }
    }

    @Benchmark
    public Result<UserAccountRecord> jooq(Audit audit) {
        count(audit);
        long first = nextWindow();
        return jooq.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Result<UserAccountRecord> users = tx.selectFrom(USER_ACCOUNT)
                    .where(USER_ACCOUNT.ID.between(first, first + LOADED - 1))
                    .orderBy(USER_ACCOUNT.ID)
                    .fetch();
            for (int i = 0; i < changed; i++) {
                UserAccountRecord user = users.get(i);
                user.setFullname(renamed(user.id()));
            }
            tx.batchStore(users).execute();
            return users;
        });
    }

    @Benchmark
    public List<UserEntity> hibernate(Audit audit) {
        count(audit);
        long first = nextWindow();
        return hibernate.fromTransaction(session -> {
            List<UserEntity> users = session
                    .createSelectionQuery("from UserEntity u where u.id between :lo and :hi order by u.id", UserEntity.class)
                    .setParameter("lo", first)
                    .setParameter("hi", first + LOADED - 1)
                    .getResultList();
            for (int i = 0; i < changed; i++) {
                UserEntity user = users.get(i);
                user.setFullname(renamed(user.id()));
            }
            return users;
        });
    }

    @Override
    protected Statements statements() {
        return Statements.exactly(contender.equals("hibernate") ? 1 + (changed + 49) / 50 : 2);
    }

    @Override
    protected void check(Object result) {
        require(result instanceof List<?> list && list.size() == LOADED, "expected " + LOADED + " users");
        List<?> users = (List<?>) result;
        for (int i : new int[] {0, changed - 1, LOADED - 1}) {
            long id = lo + i;
            String expected = DataSet.fullname(id) + (i < changed ? suffix : "");
            require(((UserView) users.get(i)).id() == id && expected.equals(((UserView) users.get(i)).fullname()),
                    "user " + id + " should be named " + expected + ", got " + ((UserView) users.get(i)).fullname());
            require(expected.equals(fixture.storedFullname(id)),
                    "user " + id + " is stored as " + fixture.storedFullname(id) + ", expected " + expected);
        }
    }
}
