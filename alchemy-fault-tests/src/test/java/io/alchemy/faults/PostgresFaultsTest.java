package io.alchemy.faults;

import io.alchemy.exc.DBAPIError;
import io.alchemy.testing.servers.PrivatePostgres;
import io.alchemy.testing.servers.PrivateServer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fault scenarios on a private PostgreSQL cluster. */
class PostgresFaultsTest extends FaultScenarios {

    @Override
    PrivateServer createServer() {
        return PrivatePostgres.builder().setting("deadlock_timeout", "'100ms'").start();
    }

    @Override
    String database() {
        return "postgresql";
    }

    @Override
    String backendIdQuery() {
        return "SELECT pg_backend_pid()";
    }

    @Override
    String lockTimeoutStatement() {
        return "SET LOCAL lock_timeout = '200ms'";
    }

    @Override
    String bigQuery(int rows) {
        return "SELECT g, repeat('x', 1000) FROM generate_series(1, " + rows + ") g";
    }

    @Override
    boolean isDeadlock(DBAPIError error) {
        return "40P01".equals(error.sqlState());
    }

    @Override
    boolean isLockTimeout(DBAPIError error) {
        return "55P03".equals(error.sqlState());
    }

    @Override
    String serverKillState() {
        return "57P01";
    }

    @Override
    void loseWithoutAWord(io.alchemy.engine.Connection conn) {
        ((PrivatePostgres) server()).killBackend(backendId(conn));
    }

    @Test
    @Order(12)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSerializationFailureIsRetried() throws Exception {
        serializationFailureIsRetried();
    }
}
