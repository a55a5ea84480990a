package io.alchemy.spring.boot.autoconfigure.replica;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The read replica ({@code alchemy.replica.*}): where it is, its connection pool, and read-your-writes. Setting
 * {@code alchemy.replica.url} turns routing on: read-only transactions go to the replica, all other work to
 * {@code spring.datasource.*}, the primary.
 */
@ConfigurationProperties("alchemy.replica")
public class ReplicaProperties {

    /**
     * JDBC URL of the read replica. When set, @Transactional(readOnly = true) work runs on the replica and everything
     * else on the primary (spring.datasource.*).
     */
    private @Nullable String url;

    /** Login user of the replica; the primary's (spring.datasource.username) when not set. */
    private @Nullable String username;

    /** Login password of the replica; the primary's (spring.datasource.password) when not set. */
    private @Nullable String password;

    /** The replica's HikariCP connection pool. */
    private final Pool pool = new Pool();

    /** Read-your-writes: keeping work that wrote on the primary. */
    private final ReadYourWrites readYourWrites = new ReadYourWrites();

    public @Nullable String getUrl() {
        return url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public Pool getPool() {
        return pool;
    }

    public ReadYourWrites getReadYourWrites() {
        return readYourWrites;
    }

    /** The replica's pool ({@code alchemy.replica.pool.*}). */
    public static class Pool {

        /** Name of the replica's HikariCP pool, the pool tag of its hikaricp.* meters. */
        private String name = "alchemy-replica";

        /** Maximum connections of the replica's pool. */
        private int maximumSize = 10;

        /** Idle connections the replica's pool keeps open. */
        private int minimumIdle;

        /** How long a read-only transaction waits for a replica connection before failing. */
        private Duration connectionTimeout = Duration.ofSeconds(30);

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getMaximumSize() {
            return maximumSize;
        }

        public void setMaximumSize(int maximumSize) {
            this.maximumSize = maximumSize;
        }

        public int getMinimumIdle() {
            return minimumIdle;
        }

        public void setMinimumIdle(int minimumIdle) {
            this.minimumIdle = minimumIdle;
        }

        public Duration getConnectionTimeout() {
            return connectionTimeout;
        }

        public void setConnectionTimeout(Duration connectionTimeout) {
            this.connectionTimeout = connectionTimeout;
        }
    }

    /** Read-your-writes ({@code alchemy.replica.read-your-writes.*}). */
    public static class ReadYourWrites {

        /**
         * Whether read-only transactions go to the primary after the same web request (for the rest of it) or, outside
         * web requests, the same thread (for the window) wrote through Alchemy, so that they see their own writes
         * whatever the replica's lag.
         */
        private boolean enabled = true;

        /** How long a thread outside web requests stays on the primary after its last write. */
        private Duration window = Duration.ofSeconds(5);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getWindow() {
            return window;
        }

        public void setWindow(Duration window) {
            this.window = window;
        }
    }
}
