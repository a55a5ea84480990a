package io.alchemy.spring.boot.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the auto-configured Alchemy {@code Engine}, under the {@code alchemy.*} prefix. The connection itself
 * (URL, user, pool) is Boot's {@code spring.datasource.*}.
 */
@ConfigurationProperties("alchemy")
public class AlchemyProperties {

    /**
     * Whether to log every SQL statement, its parameters and the transaction boundaries (BEGIN (implicit), COMMIT,
     * ROLLBACK) to the io.alchemy.engine.Engine logger at INFO level, like SQLAlchemy's echo=True.
     */
    private boolean echo;

    /**
     * Maximum number of compiled statements kept in the Engine's cache (least recently used are evicted). 0 turns
     * caching off.
     */
    private int compiledCacheSize = 500;

    public boolean isEcho() {
        return echo;
    }

    public void setEcho(boolean echo) {
        this.echo = echo;
    }

    public int getCompiledCacheSize() {
        return compiledCacheSize;
    }

    public void setCompiledCacheSize(int compiledCacheSize) {
        this.compiledCacheSize = compiledCacheSize;
    }
}
