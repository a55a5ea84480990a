package io.alchemy.benchmarks;

import static io.alchemy.benchmarks.jooq.Address.ADDRESS;
import static io.alchemy.benchmarks.jooq.UserAccount.USER_ACCOUNT;

import io.alchemy.benchmarks.alchemy.BenchTables;
import io.alchemy.benchmarks.fixture.BenchDatabase;
import io.alchemy.benchmarks.fixture.DataSet;
import io.alchemy.benchmarks.harness.Audit;
import io.alchemy.benchmarks.harness.Statements;
import io.alchemy.benchmarks.harness.Workload;
import io.alchemy.benchmarks.hibernate.AddressEntity;
import io.alchemy.benchmarks.hibernate.UserEntity;
import io.alchemy.benchmarks.model.AddressRow;
import io.alchemy.benchmarks.model.AddressView;
import io.alchemy.benchmarks.model.UserGraph;
import io.alchemy.benchmarks.model.UserGraphView;
import io.alchemy.benchmarks.orm.OrmAddress;
import io.alchemy.benchmarks.orm.OrmUser;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep2;
import org.jooq.Record;
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
 * W7, graph insert: {@value #USERS} new users with {@value #ADDRESSES} new addresses each, in one transaction;
 * the users' generated keys go into their addresses. Returns the graphs with every generated id. Inserted rows
 * are removed after each iteration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W7GraphInsert extends Workload {
    static final int USERS = 20;
    static final int ADDRESSES = 2;
    private static final SessionOptions KEEP_LOADED = SessionOptions.DEFAULTS.withExpireOnCommit(false);

    @Param({"h2", "postgresql"})
    public String db;

    private final String[] names = new String[USERS];
    private final String[] fullnames = new String[USERS];
    private final String[] emails = new String[USERS * ADDRESSES];
    private String usersSql;
    private String addressesSql;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        for (int i = 0; i < USERS; i++) {
            names[i] = "graph" + i;
            fullnames[i] = "Graph User " + i;
            for (int k = 0; k < ADDRESSES; k++) {
                emails[i * ADDRESSES + k] = "graph" + i + "." + k + "@example.com";
            }
        }
        BenchDatabase database = BenchDatabase.of(db);
        usersSql = database.insertReturningIds("user_account", "name, fullname", placeholders(USERS, "(?, ?)"));
        addressesSql = database.insertReturningIds("address", "user_id, email_address", placeholders(USERS * ADDRESSES, "(?, ?)"));
        open(db, params);
    }

    private static String placeholders(int rows, String row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            sb.append(i == 0 ? "" : ", ").append(row);
        }
        return sb.toString();
    }

    /** Removes the rows this iteration inserted. */
    @TearDown(Level.Iteration)
    public void removeInserted() throws SQLException {
        fixture.reset();
    }

    @Benchmark
    public List<UserGraph> jdbc(Audit audit) throws SQLException {
        count(audit);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long[] userIds = new long[USERS];
            try (PreparedStatement ps = c.prepareStatement(usersSql)) {
                for (int i = 0; i < USERS; i++) {
                    ps.setString(2 * i + 1, names[i]);
                    ps.setString(2 * i + 2, fullnames[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    for (int i = 0; rs.next(); i++) {
                        userIds[i] = rs.getLong(1);
                    }
                }
            }
            List<UserGraph> graphs = new ArrayList<>(USERS);
            try (PreparedStatement ps = c.prepareStatement(addressesSql)) {
                for (int a = 0; a < USERS * ADDRESSES; a++) {
                    ps.setLong(2 * a + 1, userIds[a / ADDRESSES]);
                    ps.setString(2 * a + 2, emails[a]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    for (int i = 0; i < USERS; i++) {
                        List<AddressRow> addresses = new ArrayList<>(ADDRESSES);
                        for (int k = 0; k < ADDRESSES; k++) {
                            rs.next();
                            addresses.add(new AddressRow(rs.getLong(1), userIds[i], emails[i * ADDRESSES + k]));
                        }
                        graphs.add(new UserGraph(userIds[i], names[i], fullnames[i], addresses));
                    }
                }
            }
            c.commit();
            return graphs;
        }
    }

    @Benchmark
    public List<UserGraph> alchemyCore(Audit audit) {
        count(audit);
        return alchemy.transaction(conn -> {
            List<Map<String, Object>> userRows = new ArrayList<>(USERS);
            for (int i = 0; i < USERS; i++) {
                userRows.add(Map.of("name", names[i], "fullname", fullnames[i]));
            }
            List<Long> userIds = BenchTables.insertReturningIds(conn, BenchTables.USERS, userRows);
            List<Map<String, Object>> addressRows = new ArrayList<>(USERS * ADDRESSES);
            for (int a = 0; a < USERS * ADDRESSES; a++) {
                addressRows.add(Map.of("user_id", userIds.get(a / ADDRESSES), "email_address", emails[a]));
            }
            List<Long> addressIds = BenchTables.insertReturningIds(conn, BenchTables.ADDRESSES, addressRows);
            return graphs(userIds, addressIds);
        });
    }

    private List<UserGraph> graphs(List<Long> userIds, List<Long> addressIds) {
        List<UserGraph> graphs = new ArrayList<>(USERS);
        for (int i = 0; i < USERS; i++) {
            List<AddressRow> rows = new ArrayList<>(ADDRESSES);
            for (int k = 0; k < ADDRESSES; k++) {
                int a = i * ADDRESSES + k;
                rows.add(new AddressRow(addressIds.get(a), userIds.get(i), emails[a]));
            }
            graphs.add(new UserGraph(userIds.get(i), names[i], fullnames[i], rows));
        }
        return graphs;
    }

    @Benchmark
    public List<UserGraph> jooq(Audit audit) {
        count(audit);
        return jooq.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            InsertValuesStep2<?, String, String> users = tx.insertInto(USER_ACCOUNT, USER_ACCOUNT.NAME,
                    USER_ACCOUNT.FULLNAME);
            for (int i = 0; i < USERS; i++) {
                users = users.values(names[i], fullnames[i]);
            }
            List<Long> userIds = users.returningResult(USER_ACCOUNT.ID).fetch(Record1::value1);
            InsertValuesStep2<Record, Long, String> addresses = tx.insertInto(ADDRESS, ADDRESS.USER_ID,
                    ADDRESS.EMAIL_ADDRESS);
            for (int a = 0; a < USERS * ADDRESSES; a++) {
                addresses = addresses.values(userIds.get(a / ADDRESSES), emails[a]);
            }
            List<Long> addressIds = addresses.returningResult(ADDRESS.ID).fetch(Record1::value1);
            return graphs(userIds, addressIds);
        });
    }

    @Benchmark
    public List<UserEntity> hibernate(Audit audit) {
        count(audit);
        List<UserEntity> users = new ArrayList<>(USERS);
        hibernate.inTransaction(session -> {
            for (int i = 0; i < USERS; i++) {
                UserEntity user = new UserEntity(names[i], fullnames[i]);
                for (int k = 0; k < ADDRESSES; k++) {
                    user.addAddress(new AddressEntity(emails[i * ADDRESSES + k]));
                }
                session.persist(user);
                users.add(user);
            }
        });
        return users;
    }

    @Benchmark
    public List<OrmUser> alchemyOrm(Audit audit) {
        count(audit);
        List<OrmUser> users = new ArrayList<>(USERS);
        try (Session session = new Session(alchemy, KEEP_LOADED)) {
            for (int i = 0; i < USERS; i++) {
                OrmUser user = new OrmUser(names[i], fullnames[i]);
                for (int k = 0; k < ADDRESSES; k++) {
                    user.addresses().add(new OrmAddress(emails[i * ADDRESSES + k]));
                }
                users.add(user);
            }
            session.addAll(users);
            session.commit();
        }
        return users;
    }

    @Override
    protected Statements statements() {
        return switch (contender) {
            case "hibernate" -> Statements.between(2, 5);
            // two multi-row INSERT … RETURNING; one INSERT per row where RETURNING is missing (H2)
            case "alchemyCore", "alchemyOrm" -> Statements.between(2, USERS + USERS * ADDRESSES);
            default -> Statements.exactly(2);
        };
    }

    @Override
    protected void check(Object result) {
        require(result instanceof List<?> list && list.size() == USERS, "expected " + USERS + " users");
        Set<Long> ids = new HashSet<>();
        int i = 0;
        for (Object each : (List<?>) result) {
            UserGraphView user = (UserGraphView) each;
            require(user.id() > DataSet.USERS && ids.add(user.id()) && names[i].equals(user.name()),
                    "user " + i + " has id " + user.id() + " and name " + user.name());
            require(user.addresses().size() == ADDRESSES, "user " + i + " has " + user.addresses().size() + " addresses");
            for (int k = 0; k < ADDRESSES; k++) {
                AddressView address = user.addresses().get(k);
                require(address.id() > DataSet.ADDRESSES && ids.add(-address.id()) && address.userId() == user.id()
                        && emails[i * ADDRESSES + k].equals(address.emailAddress()),
                        "address " + k + " of user " + i + " is wrong: " + address.id() + ", " + address.userId());
            }
            i++;
        }
        require(fixture.count("address") >= DataSet.ADDRESSES + USERS * ADDRESSES, "the addresses are not in the table");
    }
}
