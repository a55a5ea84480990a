package io.alchemy.benchmarks;

import static io.alchemy.Alchemy.select;
import static io.alchemy.benchmarks.alchemy.BenchTables.ADDRESSES;
import static io.alchemy.benchmarks.alchemy.BenchTables.USERS;
import static io.alchemy.benchmarks.jooq.Address.ADDRESS;
import static io.alchemy.benchmarks.jooq.UserAccount.USER_ACCOUNT;
import static io.alchemy.orm.LoaderOptions.selectinload;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.alchemy.benchmarks.fixture.DataSet;
import io.alchemy.benchmarks.harness.Audit;
import io.alchemy.benchmarks.harness.Rows;
import io.alchemy.benchmarks.harness.Statements;
import io.alchemy.benchmarks.harness.Workload;
import io.alchemy.benchmarks.hibernate.UserEntity;
import io.alchemy.benchmarks.model.AddressRow;
import io.alchemy.benchmarks.model.UserGraph;
import io.alchemy.benchmarks.orm.OrmUser;
import io.alchemy.benchmarks.orm.OrmUser_;
import io.alchemy.orm.Session;
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
 * W3, object graph: {@value #PARENTS_PER_OP} users (the window moves every operation), each with its 4 addresses in id
 * order. The eager contenders run one statement; the lazy ones are the N+1 pattern (1 + 50), for reference.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W3ObjectGraph extends Workload {
    static final int PARENTS_PER_OP = 50;
    private static final String JOIN = "SELECT u.id, u.name, u.fullname, a.id, a.user_id, a.email_address "
            + "FROM user_account u JOIN address a ON a.user_id = u.id WHERE u.id BETWEEN ? AND ? ORDER BY u.id, a.id";
    private static final String PARENTS = "SELECT id, name, fullname FROM user_account WHERE id BETWEEN ? AND ? ORDER BY id";
    private static final String CHILDREN = "SELECT id, user_id, email_address FROM address WHERE user_id = ? ORDER BY id";

    @Param({"h2", "postgresql"})
    public String db;

    private long counter;
    private long lo;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        open(db, params);
    }

    private long nextWindow() {
        lo = counter++ % (DataSet.USERS / PARENTS_PER_OP) * PARENTS_PER_OP + 1;
        return lo;
    }

    @Benchmark
    public List<UserGraph> jdbc(Audit audit) throws SQLException {
        count(audit);
        long first = nextWindow();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(JOIN)) {
            ps.setLong(1, first);
            ps.setLong(2, first + PARENTS_PER_OP - 1);
            try (ResultSet rs = ps.executeQuery()) {
                List<UserGraph> users = new ArrayList<>(PARENTS_PER_OP);
                List<AddressRow> addresses = null;
                long current = -1;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != current) {
                        addresses = new ArrayList<>();
                        users.add(new UserGraph(id, rs.getString(2), rs.getString(3), addresses));
                        current = id;
                    }
                    addresses.add(new AddressRow(rs.getLong(4), rs.getLong(5), rs.getString(6)));
                }
                return users;
            }
        }
    }

    @Benchmark
    public List<UserGraph> alchemyCore(Audit audit) {
        count(audit);
        long first = nextWindow();
        try (io.alchemy.engine.Connection conn = alchemy.connect()) {
            List<UserGraph> users = new ArrayList<>(PARENTS_PER_OP);
            List<AddressRow> addresses = null;
            long current = -1;
            for (Row row : conn.execute(select(USERS.c("id"), USERS.c("name"), USERS.c("fullname"),
                            ADDRESSES.c("id"), ADDRESSES.c("user_id"), ADDRESSES.c("email_address"))
                    .joinFrom(USERS, ADDRESSES, ADDRESSES.c("user_id").eq(USERS.c("id")))
                    .where(USERS.c("id").between(first, first + PARENTS_PER_OP - 1))
                    .orderBy(USERS.c("id"), ADDRESSES.c("id")))) {
                long id = row.get(0, Long.class);
                if (id != current) {
                    addresses = new ArrayList<>();
                    users.add(new UserGraph(id, row.get(1, String.class), row.get(2, String.class), addresses));
                    current = id;
                }
                addresses.add(new AddressRow(row.get(3, Long.class), row.get(4, Long.class), row.get(5, String.class)));
            }
            return users;
        }
    }

    @Benchmark
    public List<UserGraph> jooq(Audit audit) {
        count(audit);
        long first = nextWindow();
        return jooq.select(USER_ACCOUNT.ID, USER_ACCOUNT.NAME, USER_ACCOUNT.FULLNAME,
                        multiset(select(ADDRESS.ID, ADDRESS.USER_ID, ADDRESS.EMAIL_ADDRESS)
                                .from(ADDRESS)
                                .where(ADDRESS.USER_ID.eq(USER_ACCOUNT.ID))
                                .orderBy(ADDRESS.ID))
                                .convertFrom(r -> r.map(Records.mapping(AddressRow::new))))
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.between(first, first + PARENTS_PER_OP - 1))
                .orderBy(USER_ACCOUNT.ID)
                .fetch(Records.mapping(UserGraph::new));
    }

    @Benchmark
    public List<UserEntity> hibernate(Audit audit) {
        count(audit);
        long first = nextWindow();
        return hibernate.fromSession(session -> session
                .createSelectionQuery("from UserEntity u join fetch u.addresses a "
                        + "where u.id between :lo and :hi order by u.id, a.id", UserEntity.class)
                .setParameter("lo", first)
                .setParameter("hi", first + PARENTS_PER_OP - 1)
                .getResultList());
    }

    @Benchmark
    public List<UserGraph> jdbcLazy(Audit audit) throws SQLException {
        count(audit);
        long first = nextWindow();
        try (Connection c = dataSource.getConnection(); PreparedStatement parents = c.prepareStatement(PARENTS);
                PreparedStatement children = c.prepareStatement(CHILDREN)) {
            parents.setLong(1, first);
            parents.setLong(2, first + PARENTS_PER_OP - 1);
            List<UserGraph> users = new ArrayList<>(PARENTS_PER_OP);
            try (ResultSet rs = parents.executeQuery()) {
                while (rs.next()) {
                    users.add(new UserGraph(rs.getLong(1), rs.getString(2), rs.getString(3), new ArrayList<>()));
                }
            }
            for (UserGraph user : users) {
                children.setLong(1, user.id());
                try (ResultSet rs = children.executeQuery()) {
                    while (rs.next()) {
                        user.addresses().add(new AddressRow(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                    }
                }
            }
            return users;
        }
    }

    @Benchmark
    public List<UserEntity> hibernateLazy(Audit audit) {
        count(audit);
        long first = nextWindow();
        return hibernate.fromSession(session -> {
            List<UserEntity> users = session
                    .createSelectionQuery("from UserEntity u where u.id between :lo and :hi order by u.id", UserEntity.class)
                    .setParameter("lo", first)
                    .setParameter("hi", first + PARENTS_PER_OP - 1)
                    .getResultList();
            for (UserEntity user : users) {
                user.addresses().size();
            }
            return users;
        });
    }

    @Benchmark
    public List<OrmUser> alchemyOrm(Audit audit) {
        count(audit);
        long first = nextWindow();
        try (Session session = new Session(alchemy)) {
            return session.scalars(select(OrmUser.class).where(OrmUser_.id.between(first, first + PARENTS_PER_OP - 1))
                    .orderBy(OrmUser_.id).options(selectinload(OrmUser_.addresses))).all();
        }
    }

    @Benchmark
    public List<OrmUser> alchemyOrmLazy(Audit audit) {
        count(audit);
        long first = nextWindow();
        try (Session session = new Session(alchemy)) {
            List<OrmUser> users = session.scalars(select(OrmUser.class)
                    .where(OrmUser_.id.between(first, first + PARENTS_PER_OP - 1)).orderBy(OrmUser_.id)).all();
            for (OrmUser user : users) {
                user.addresses().size();
            }
            return users;
        }
    }

    @Override
    protected Statements statements() {
        return Statements.exactly(contender.endsWith("Lazy") ? 1 + PARENTS_PER_OP
                : contender.equals("alchemyOrm") ? 2 : 1);
    }

    @Override
    protected void check(Object result) {
        String wrong = Rows.graphs(result, lo, lo + PARENTS_PER_OP - 1);
        require(wrong == null, wrong);
    }
}
