package io.alchemy.faults;

import io.alchemy.exc.DBAPIError;
import io.alchemy.testing.servers.PrivateMariaDb;
import io.alchemy.testing.servers.PrivateServer;

/** The fault scenarios on a private MariaDB server. */
class MariaDbFaultsTest extends FaultScenarios {

    @Override
    PrivateServer createServer() {
        return PrivateMariaDb.create();
    }

    @Override
    String database() {
        return "mariadb";
    }

    @Override
    String backendIdQuery() {
        return "SELECT CONNECTION_ID()";
    }

    @Override
    String lockTimeoutStatement() {
        return "SET SESSION innodb_lock_wait_timeout = 1";
    }

    @Override
    String bigQuery(int rows) {
        return "SELECT seq, REPEAT('x', 1000) FROM seq_1_to_" + rows;
    }

    @Override
    boolean isDeadlock(DBAPIError error) {
        return error.vendorCode() == 1213;
    }

    @Override
    boolean isLockTimeout(DBAPIError error) {
        return error.vendorCode() == 1205;
    }

    @Override
    void loseWithoutAWord(io.alchemy.engine.Connection conn) {
        server().crash();
    }

    @Override
    String serverKillState() {
        return "08000";
    }
}
