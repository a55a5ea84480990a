package io.alchemy.spring.boot.autoconfigure;

import io.alchemy.spring.boot.autoconfigure.schema.DdlAuto;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the auto-configured Alchemy {@code Engine}, ORM, metrics and repositories, under the {@code alchemy.*}
 * prefix. The connection itself (URL, user, pool) is Boot's {@code spring.datasource.*}. The configuration processor
 * turns the field comments into {@code META-INF/spring-configuration-metadata.json}, which IDEs show.
 */
@ConfigurationProperties("alchemy")
public class AlchemyProperties {

    /**
     * Whether to log every SQL statement, its parameters and the transaction boundaries (BEGIN (implicit), COMMIT,
     * ROLLBACK) to the io.alchemy.engine.Engine logger at INFO level, like SQLAlchemy's echo=True.
     */
    private boolean echo;

    /**
     * Whether to test each connection as the Engine checks it out (SQLAlchemy's pool_pre_ping): one that does not answer
     * is discarded and another taken, so that a connection the server closed while it sat in the pool is never used.
     * Costs a round trip per checkout outside a Spring transaction; HikariCP itself tests only connections idle for
     * more than 500 ms.
     */
    private boolean prePing;

    /**
     * Maximum number of compiled statements kept in the Engine's cache (least recently used are evicted). 0 turns
     * caching off.
     */
    private int compiledCacheSize = 500;

    /**
     * What happens to the tables of the mapped classes at start-up: none, create (the missing ones), create-drop
     * (and drop them when the application stops), or validate (compare them with the database, after Flyway or
     * Liquibase, and fail start-up listing every difference).
     */
    private DdlAuto ddlAuto = DdlAuto.NONE;

    /**
     * What the Sessions do when the same statement runs once per object in one transaction (lazy loads of one
     * relationship, get() or reloads of one entity): off, warn (log at WARN with the fix, count it as the
     * alchemy.n_plus_one metric, keep it for /actuator/alchemy), or raise (throw NPlusOneError, for tests).
     */
    private NPlusOne nPlusOne = NPlusOne.WARN;

    /** How many such loads in one transaction make an N+1 incident (at least 2). */
    private int nPlusOneThreshold = 5;

    /** Statistics per statement shape, for /actuator/alchemy. */
    private final StatementStatistics statementStatistics = new StatementStatistics();

    /** The transaction-bound ORM Session. */
    private final Session session = new Session();

    /** Micrometer metrics and observations. */
    private final Metrics metrics = new Metrics();

    /** Repositories over the ORM (alchemy-spring-data). */
    private final Repositories repositories = new Repositories();

    public boolean isEcho() {
        return echo;
    }

    public void setEcho(boolean echo) {
        this.echo = echo;
    }

    public boolean isPrePing() {
        return prePing;
    }

    public void setPrePing(boolean prePing) {
        this.prePing = prePing;
    }

    public int getCompiledCacheSize() {
        return compiledCacheSize;
    }

    public void setCompiledCacheSize(int compiledCacheSize) {
        this.compiledCacheSize = compiledCacheSize;
    }

    public DdlAuto getDdlAuto() {
        return ddlAuto;
    }

    public void setDdlAuto(DdlAuto ddlAuto) {
        this.ddlAuto = ddlAuto;
    }

    public NPlusOne getNPlusOne() {
        return nPlusOne;
    }

    public void setNPlusOne(NPlusOne nPlusOne) {
        this.nPlusOne = nPlusOne;
    }

    public int getNPlusOneThreshold() {
        return nPlusOneThreshold;
    }

    public void setNPlusOneThreshold(int nPlusOneThreshold) {
        this.nPlusOneThreshold = nPlusOneThreshold;
    }

    public StatementStatistics getStatementStatistics() {
        return statementStatistics;
    }

    public Session getSession() {
        return session;
    }

    public Metrics getMetrics() {
        return metrics;
    }

    public Repositories getRepositories() {
        return repositories;
    }

    /** Settings of the metrics ({@code alchemy.metrics.*}). */
    public static class Metrics {

        /**
         * Whether the Engine and Session report to Micrometer: the alchemy.statements and alchemy.session.flushes
         * observations, and the alchemy.connections.*, alchemy.statement.cache and alchemy.session.objects meters.
         */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** Settings of the statement statistics ({@code alchemy.statement-statistics.*}). */
    public static class StatementStatistics {

        /**
         * Whether the Engine keeps statistics per statement shape (count, total/mean/max time, rows, errors per SQL
         * text), shown by /actuator/alchemy.
         */
        private boolean enabled = true;

        /**
         * How many statement shapes are kept; when full, the tenth with the least total time is evicted to make room.
         */
        private int maxStatements = 200;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getMaxStatements() {
            return maxStatements;
        }

        public void setMaxStatements(int maxStatements) {
            this.maxStatements = maxStatements;
        }
    }

    /** Settings of the repositories ({@code alchemy.repositories.*}). */
    public static class Repositories {

        /**
         * Whether interfaces extending AlchemyRepository in the application's packages become beans (without
         * @EnableAlchemyRepositories).
         */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** Settings of the Sessions bound to Spring transactions ({@code alchemy.session.*}). */
    public static class Session {

        /**
         * Whether a query (and a get() that misses the identity map) first flushes pending changes, as in SQLAlchemy.
         * Never in a read-only transaction.
         */
        private boolean autoflush = true;

        /**
         * Whether the objects of a committed transaction are expired, so that their next access reloads them. Off by
         * default: the Session is closed with its transaction, and the objects a @Transactional method returns stay
         * readable (detached) afterwards; expired detached objects raise DetachedInstanceError when read.
         */
        private boolean expireOnCommit;

        /**
         * What the injected Session does when called with no Spring transaction active: fail (explaining how to start
         * one), or autocommit (each call runs in a Session of its own that commits when the call returns).
         */
        private OutsideTransaction outsideTransaction = OutsideTransaction.FAIL;

        public boolean isAutoflush() {
            return autoflush;
        }

        public void setAutoflush(boolean autoflush) {
            this.autoflush = autoflush;
        }

        public boolean isExpireOnCommit() {
            return expireOnCommit;
        }

        public void setExpireOnCommit(boolean expireOnCommit) {
            this.expireOnCommit = expireOnCommit;
        }

        public OutsideTransaction getOutsideTransaction() {
            return outsideTransaction;
        }

        public void setOutsideTransaction(OutsideTransaction outsideTransaction) {
            this.outsideTransaction = outsideTransaction;
        }
    }
}
