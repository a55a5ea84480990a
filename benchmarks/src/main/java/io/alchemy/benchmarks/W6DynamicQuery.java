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
import io.alchemy.sql.Select;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.Condition;
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
 * W6, dynamic statement building: each call builds a new statement from a {@link Filter} with optional predicates,
 * cycling through four shapes, and fetches the few matching users in id order.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W6DynamicQuery extends Workload {
    private static final String COLUMNS = "SELECT id, name, fullname FROM user_account";

    /** Optional predicates (null = absent) and the users they match, {@code first..last}. */
    record Filter(String name, Long minId, Long maxId, String fullname, long first, long last) {
    }

    private static final Filter[] FILTERS = {
        new Filter(null, 100L, 109L, null, 100, 109),
        new Filter("user500", null, null, null, 500, 500),
        new Filter(null, 200L, 209L, "User 205", 205, 205),
        new Filter("user42", 1L, null, null, 42, 42),
    };

    @Param({"h2", "postgresql"})
    public String db;

    private long counter;
    private Filter last;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        open(db, params);
    }

    @Override
    protected void prepare() {
        if (contender.equals("alchemyCoreNoCache")) {
            alchemy = fixture.alchemy(0);
        }
    }

    private Filter nextFilter() {
        last = FILTERS[(int) (counter++ % FILTERS.length)];
        return last;
    }

    @Benchmark
    public List<UserRow> jdbc(Audit audit) throws SQLException {
        count(audit);
        Filter f = nextFilter();
        StringBuilder sql = new StringBuilder(COLUMNS);
        List<Object> values = new ArrayList<>(4);
        if (f.name() != null) {
            where(sql, values, "name = ?", f.name());
        }
        if (f.minId() != null) {
            where(sql, values, "id >= ?", f.minId());
        }
        if (f.maxId() != null) {
            where(sql, values, "id <= ?", f.maxId());
        }
        if (f.fullname() != null) {
            where(sql, values, "fullname = ?", f.fullname());
        }
        sql.append(" ORDER BY id");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<UserRow> users = new ArrayList<>();
                while (rs.next()) {
                    users.add(new UserRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
                return users;
            }
        }
    }

    private static void where(StringBuilder sql, List<Object> values, String predicate, Object value) {
        sql.append(values.isEmpty() ? " WHERE " : " AND ").append(predicate);
        values.add(value);
    }

    @Benchmark
    public List<UserRow> alchemyCore(Audit audit) {
        count(audit);
        Filter f = nextFilter();
        Select<?> statement = select(USERS);
        if (f.name() != null) {
            statement = statement.where(USERS.c("name").eq(f.name()));
        }
        if (f.minId() != null) {
            statement = statement.where(USERS.c("id").ge(f.minId()));
        }
        if (f.maxId() != null) {
            statement = statement.where(USERS.c("id").le(f.maxId()));
        }
        if (f.fullname() != null) {
            statement = statement.where(USERS.c("fullname").eq(f.fullname()));
        }
        try (io.alchemy.engine.Connection conn = alchemy.connect()) {
            List<UserRow> users = new ArrayList<>();
            for (Row row : conn.execute(statement.orderBy(USERS.c("id")))) {
                users.add(new UserRow(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class)));
            }
            return users;
        }
    }

    @Benchmark
    public List<OrmUser> alchemyOrm(Audit audit) {
        count(audit);
        Filter f = nextFilter();
        Select<OrmUser> statement = select(OrmUser.class);
        if (f.name() != null) {
            statement = statement.where(OrmUser_.name.eq(f.name()));
        }
        if (f.minId() != null) {
            statement = statement.where(OrmUser_.id.ge(f.minId()));
        }
        if (f.maxId() != null) {
            statement = statement.where(OrmUser_.id.le(f.maxId()));
        }
        if (f.fullname() != null) {
            statement = statement.where(OrmUser_.fullname.eq(f.fullname()));
        }
        try (Session session = new Session(alchemy)) {
            return session.scalars(statement.orderBy(OrmUser_.id)).all();
        }
    }

    @Benchmark
    public List<UserRow> alchemyCoreNoCache(Audit audit) {
        return alchemyCore(audit);
    }

    @Benchmark
    public List<UserRow> jooq(Audit audit) {
        count(audit);
        Filter f = nextFilter();
        List<Condition> conditions = new ArrayList<>(4);
        if (f.name() != null) {
            conditions.add(USER_ACCOUNT.NAME.eq(f.name()));
        }
        if (f.minId() != null) {
            conditions.add(USER_ACCOUNT.ID.ge(f.minId()));
        }
        if (f.maxId() != null) {
            conditions.add(USER_ACCOUNT.ID.le(f.maxId()));
        }
        if (f.fullname() != null) {
            conditions.add(USER_ACCOUNT.FULLNAME.eq(f.fullname()));
        }
        return jooq.select(USER_ACCOUNT.ID, USER_ACCOUNT.NAME, USER_ACCOUNT.FULLNAME)
                .from(USER_ACCOUNT)
                .where(conditions)
                .orderBy(USER_ACCOUNT.ID)
                .fetch(Records.mapping(UserRow::new));
    }

    @Benchmark
    public List<UserEntity> hibernate(Audit audit) {
        count(audit);
        Filter f = nextFilter();
        return hibernate.fromSession(session -> {
            CriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<UserEntity> query = cb.createQuery(UserEntity.class);
            Root<UserEntity> user = query.from(UserEntity.class);
            List<Predicate> predicates = new ArrayList<>(4);
            if (f.name() != null) {
                predicates.add(cb.equal(user.get("name"), f.name()));
            }
            if (f.minId() != null) {
                predicates.add(cb.ge(user.get("id"), f.minId()));
            }
            if (f.maxId() != null) {
                predicates.add(cb.le(user.get("id"), f.maxId()));
            }
            if (f.fullname() != null) {
                predicates.add(cb.equal(user.get("fullname"), f.fullname()));
            }
            query.select(user).where(predicates.toArray(Predicate[]::new)).orderBy(cb.asc(user.get("id")));
            return session.createQuery(query).getResultList();
        });
    }

    @Override
    protected Statements statements() {
        return Statements.exactly(1);
    }

    @Override
    protected void check(Object result) {
        String wrong = Rows.users(result, last.first(), last.last());
        require(wrong == null, wrong);
    }
}
