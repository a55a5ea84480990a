package io.alchemy.spring.boot.autoconfigure.insight;

import io.alchemy.engine.Engine;
import io.alchemy.spring.boot.autoconfigure.AlchemyProperties;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/alchemy}: what the application's data access does. A read answers the costliest statement shapes
 * (count, total/mean/max time, rows, errors), the compiled-statement cache's hit ratio and size, the connection pool,
 * the recent N+1 incidents and the Sessions' flush counts ({@link AlchemyReport}); a delete resets the statistics and
 * the incidents. Exposed like Boot's other endpoints: over HTTP only when
 * {@code management.endpoints.web.exposure.include} names {@code alchemy}, behind whatever security the application
 * puts on the actuator.
 */
@Endpoint(id = "alchemy")
public class AlchemyEndpoint {
    /** How many statement shapes a read shows. */
    public static final int TOP_STATEMENTS = 20;

    private final Engine engine;
    private final @Nullable DataSource dataSource;
    private final NPlusOneIncidents incidents;
    private final @Nullable FlushTotals flushes;
    private final AlchemyProperties properties;

    /** Reports on {@code engine}, the pool of {@code dataSource}, {@code incidents} and {@code flushes}. */
    public AlchemyEndpoint(Engine engine, @Nullable DataSource dataSource, NPlusOneIncidents incidents,
            @Nullable FlushTotals flushes, AlchemyProperties properties) {
        this.engine = engine;
        this.dataSource = dataSource;
        this.incidents = incidents;
        this.flushes = flushes;
        this.properties = properties;
    }

    /** The report. */
    @ReadOperation
    public AlchemyReport report() {
        AlchemyReport.NPlusOne nPlusOne = new AlchemyReport.NPlusOne(
                properties.getNPlusOne().name().toLowerCase(Locale.ROOT), properties.getNPlusOneThreshold(),
                incidents.total(), incidents.bySubject(), incidents.recent());
        return new AlchemyReport(AlchemyReport.Statements.of(engine.statementStatistics(), TOP_STATEMENTS),
                AlchemyReport.StatementCache.of(engine.compiledCacheStats()),
                dataSource == null ? null : PoolState.of(dataSource), nPlusOne,
                flushes == null ? null : flushes.snapshot());
    }

    /** Forgets the statement statistics, the N+1 incidents and the flush counts. */
    @DeleteOperation
    public void reset() {
        engine.statementStatistics().reset();
        incidents.reset();
        if (flushes != null) {
            flushes.reset();
        }
    }
}
