package io.alchemy.engine;

import static io.alchemy.Alchemy.bindparam;
import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.alchemy.Alchemy;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.Select;
import io.alchemy.testing.Allocations;
import io.alchemy.types.Types;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Core's fixed cost per statement as allocation budgets on H2, next to the same work written in plain JDBC on a
 * connection of the same pool (same SQL, same transaction, columns read by index): what Core adds is its cache
 * lookup, parameter resolution and result. Counted with the per-thread allocation counter after warm-up
 * ({@link Allocations}), so the budgets hold on a loaded machine as on a quiet one.
 */
class CoreAllocationBudgetTest {
    private static final int ROUNDS = 5;
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 10_000;
    private static final int USERS = 1_000;
    /** What a cached Core execution of a one-row primary-key SELECT may allocate beyond the same JDBC code. */
    private static final int CACHED_EXECUTION_BUDGET = 600;
    /**
     * The same with the statement built anew for each execution ({@code select(users).where(id == value)}, W1's
     * idiom): building and keying the statement costs about 1.4 KB more (1.9 KB measured); a guard against regressions.
     */
    private static final int BUILT_EXECUTION_BUDGET = 2_200;

    private static HikariDataSource pool;
    private static Engine engine;
    private static Table users;

    @BeforeAll
    static void createDatabase() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:core_allocation_budget;DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(2);
        pool = new HikariDataSource(config);
        try (java.sql.Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE user_account (id BIGINT PRIMARY KEY, name VARCHAR(30) NOT NULL, fullname VARCHAR(100))");
            s.execute("INSERT INTO user_account SELECT X, 'user' || X, 'User ' || X FROM SYSTEM_RANGE(1, " + USERS + ")");
        }
        engine = Alchemy.createEngine(pool);
        users = new MetaData().table("user_account", column("id", Types.BIGINT).primaryKey(),
                column("name", Types.string(30)), column("fullname", Types.string(100)));
    }

    @AfterAll
    static void close() {
        engine.dispose();
        pool.close();
    }

    @Test
    void aCachedPrimaryKeySelectAllocatesAtMost600BytesMoreThanJdbc() throws SQLException {
        Select<?> byId = select(users).where(users.c("id").eq(bindparam("id")));
        String sql = byId.compile(engine.dialect()).sql();
        long missesBefore = engine.compiledCacheStats().misses();
        try (Connection conn = engine.connect(); java.sql.Connection jdbc = pool.getConnection()) {
            conn.begin();
            jdbc.setAutoCommit(false);
            long[] id = {0};
            double[] least = Allocations.leastBytesPerOperation(ROUNDS, WARM_UP, MEASURED,
                    () -> jdbcLookup(jdbc, sql, next(id)),
                    () -> {
                        long wanted = next(id);
                        Row row = conn.execute(byId, Map.of("id", wanted)).one();
                        check(wanted, new User(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class)));
                    });
            report("cached execution of a reused statement", least);
            assertThat(least[1] - least[0]).isLessThanOrEqualTo(CACHED_EXECUTION_BUDGET);
            jdbc.rollback();
        }
        assertThat(engine.compiledCacheStats().misses() - missesBefore).isEqualTo(1);         // compiled once, then cached
    }

    @Test
    void aPrimaryKeySelectBuiltPerExecutionStaysWithinItsBudget() throws SQLException {
        String sql = select(users).where(users.c("id").eq(1L)).compile(engine.dialect()).sql();
        try (Connection conn = engine.connect(); java.sql.Connection jdbc = pool.getConnection()) {
            conn.begin();
            jdbc.setAutoCommit(false);
            long[] id = {0};
            double[] least = Allocations.leastBytesPerOperation(ROUNDS, WARM_UP, MEASURED,
                    () -> jdbcLookup(jdbc, sql, next(id)),
                    () -> {
                        long wanted = next(id);
                        Row row = conn.execute(select(users).where(users.c("id").eq(wanted))).one();
                        check(wanted, new User(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class)));
                    });
            report("execution of a statement built for it", least);
            assertThat(least[1] - least[0]).isLessThanOrEqualTo(BUILT_EXECUTION_BUDGET);
            jdbc.rollback();
        }
    }

    private record User(long id, String name, String fullname) {
    }

    private static long next(long[] counter) {
        return counter[0]++ % USERS + 1;
    }

    private static void jdbcLookup(java.sql.Connection jdbc, String sql, long wanted) throws SQLException {
        try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
            ps.setLong(1, wanted);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                check(wanted, new User(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
    }

    private static void check(long wanted, User user) {
        if (user.id() != wanted || !user.fullname().equals("User " + wanted)) {
            throw new AssertionError("Wrong row for id " + wanted + ": " + user);
        }
    }

    private static void report(String what, double[] least) {
        System.out.printf("allocation per %s: JDBC %.0f B, Core %.0f B, Core adds %.0f B%n", what, least[0], least[1],
                least[1] - least[0]);
    }
}
