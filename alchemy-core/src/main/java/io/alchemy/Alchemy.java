package io.alchemy;

import io.alchemy.engine.ConnectionSource;
import io.alchemy.engine.Engine;
import io.alchemy.engine.EngineOptions;
import io.alchemy.engine.Engines;
import io.alchemy.sql.TextClause;
import javax.sql.DataSource;

/**
 * The static façade, SQLAlchemy's top-level namespace: {@code import static io.alchemy.Alchemy.*;} gives
 * {@code createEngine}, {@code text}, {@code column}, {@code select}, {@code insert}, … Each method only delegates
 * to the class that does the work.
 */
public final class Alchemy {
    private Alchemy() {
    }

    // ---------------------------------------------------------------- engine (owned by the engine work)

    /** An engine over a HikariCP pool for {@code jdbcUrl}; connects lazily. */
    public static Engine createEngine(String jdbcUrl) {
        return createEngine(jdbcUrl, EngineOptions.DEFAULTS);
    }

    /** An engine over a HikariCP pool for {@code jdbcUrl} with options (echo, pool size, …); connects lazily. */
    public static Engine createEngine(String jdbcUrl, EngineOptions options) {
        return Engines.fromUrl(jdbcUrl, options);
    }

    /** An engine over the caller's {@code DataSource} (left open by {@link Engine#dispose()}). */
    public static Engine createEngine(DataSource dataSource) {
        return createEngine(dataSource, EngineOptions.DEFAULTS);
    }

    /** An engine over the caller's {@code DataSource}, with options. */
    public static Engine createEngine(DataSource dataSource, EngineOptions options) {
        return Engines.fromDataSource(dataSource, options);
    }

    /** An engine over any {@link ConnectionSource}, such as the Spring integration's transaction-aware one. */
    public static Engine createEngine(ConnectionSource source, EngineOptions options) {
        return Engines.fromSource(source, options);
    }

    /** Textual SQL with {@code :name} bind parameters, executed as written (SQLAlchemy's {@code text()}). */
    public static TextClause text(String sql) {
        return TextClause.of(sql);
    }

    // ---------------------------------------------------------------- schema and types (owned by the schema work)

    // ---------------------------------------------------------------- SQL expression language (owned by the sql work)
}
