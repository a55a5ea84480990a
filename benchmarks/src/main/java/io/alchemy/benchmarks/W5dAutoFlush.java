package io.alchemy.benchmarks;

import static io.alchemy.Alchemy.select;

import io.alchemy.benchmarks.fixture.DataSet;
import io.alchemy.benchmarks.harness.Audit;
import io.alchemy.benchmarks.harness.Rows;
import io.alchemy.benchmarks.harness.Statements;
import io.alchemy.benchmarks.harness.Workload;
import io.alchemy.benchmarks.hibernate.AddressEntity;
import io.alchemy.benchmarks.hibernate.UserEntity;
import io.alchemy.benchmarks.model.UserRow;
import io.alchemy.benchmarks.orm.OrmAddress;
import io.alchemy.benchmarks.orm.OrmAddress_;
import io.alchemy.benchmarks.orm.OrmUser;
import io.alchemy.benchmarks.orm.OrmUser_;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.hibernate.Transaction;
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
 * W5d, auto-flush: a PK query inside one open session (and transaction) that already holds {@code managed} clean
 * objects (users, then addresses for 50,000). Queried ids are among the managed users, so the session does not
 * grow ({@code 0}: always user 1, so the session holds one object). JDBC runs the query alone on a held
 * connection: the floor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W5dAutoFlush extends Workload {
    private static final String SQL = "SELECT id, name, fullname FROM user_account WHERE id = ?";

    @Param({"h2", "postgresql"})
    public String db;

    @Param({"0", "1000", "10000", "50000"})
    public int managed;

    private long counter;
    private long lastId;
    private Connection connection;
    private Session session;
    private io.alchemy.orm.Session ormSession;
    /** The ORM Session's objects, held: its identity map lets clean objects nobody holds be collected. */
    private List<Object> held;
    private Transaction transaction;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        open(db, params);
    }

    @Override
    protected void prepare() {
        if (contender.equals("jdbc")) {
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        } else if (contender.equals("alchemyOrm")) {
            ormSession = new io.alchemy.orm.Session(alchemy);
            int users = Math.min(managed, DataSet.USERS);
            held = new ArrayList<>(ormSession.scalars(select(OrmUser.class).where(OrmUser_.id.le((long) users))).all());
            if (managed > DataSet.USERS) {
                held.addAll(ormSession.scalars(select(OrmAddress.class)
                        .where(OrmAddress_.id.le((long) (managed - DataSet.USERS)))).all());
            }
        } else {
            session = hibernate.openSession();
            transaction = session.beginTransaction();
            int users = Math.min(managed, DataSet.USERS);
            session.createSelectionQuery("from UserEntity u where u.id <= :n", UserEntity.class)
                    .setParameter("n", (long) users).getResultList();
            if (managed > DataSet.USERS) {
                session.createSelectionQuery("from AddressEntity a where a.id <= :n", AddressEntity.class)
                        .setParameter("n", (long) (managed - DataSet.USERS)).getResultList();
            }
        }
    }

    @Override
    protected void finish() {
        try {
            if (connection != null) {
                connection.rollback();
                connection.close();
            }
            if (session != null) {
                transaction.rollback();
                session.close();
            }
            if (ormSession != null) {
                ormSession.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long nextId() {
        lastId = counter++ % Math.max(1, Math.min(managed, DataSet.USERS)) + 1;
        return lastId;
    }

    @Benchmark
    public UserRow jdbc(Audit audit) throws SQLException {
        count(audit);
        long id = nextId();
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new UserRow(rs.getLong(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    @Benchmark
    public OrmUser alchemyOrm(Audit audit) {
        count(audit);
        long id = nextId();
        return ormSession.scalars(select(OrmUser.class).where(OrmUser_.id.eq(id))).one();
    }

    @Benchmark
    public UserEntity hibernate(Audit audit) {
        count(audit);
        long id = nextId();
        return session.createSelectionQuery("from UserEntity u where u.id = :id", UserEntity.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    @Override
    protected Statements statements() {
        return Statements.exactly(1);
    }

    @Override
    protected void check(Object result) {
        String wrong = Rows.user(result, lastId, DataSet.fullname(lastId));
        require(wrong == null, wrong);
        if (session != null) {
            long held = session.getStatistics().getEntityCount();
            require(held == Math.max(1, managed), "the session holds " + held + " objects, expected " + managed);
        }
        if (ormSession != null) {
            require(held.size() == managed && ormSession.contains(result), "the ORM session holds " + held.size()
                    + " objects, expected " + managed);
        }
    }
}
