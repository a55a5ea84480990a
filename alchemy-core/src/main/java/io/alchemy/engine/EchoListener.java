package io.alchemy.engine;

import io.alchemy.event.ConnectionEvent;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code echo=True}: logs what SQLAlchemy's engine logger logs, at INFO on {@code io.alchemy.engine.Engine}:
 * {@code BEGIN (implicit)}, each statement and its {@code [badge] parameters} line, {@code COMMIT},
 * {@code ROLLBACK} and savepoint statements.
 */
final class EchoListener implements ConnectionEvents {
    static final String LOGGER_NAME = "io.alchemy.engine.Engine";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    @Override
    public void onBegin(ConnectionEvent event, boolean implicit) {
        LOG.info("BEGIN (implicit)");
    }

    @Override
    public void onCommit(ConnectionEvent event) {
        if (autocommit(event)) {
            LOG.info("COMMIT using DBAPI connection.commit(), has no effect due to autocommit mode");
        } else {
            LOG.info("COMMIT");
        }
    }

    @Override
    public void onRollback(ConnectionEvent event) {
        if (autocommit(event)) {
            LOG.info("ROLLBACK using DBAPI connection.rollback(), DBAPI should ignore due to autocommit mode");
        } else {
            LOG.info("ROLLBACK");
        }
    }

    @Override
    public void onSavepoint(ConnectionEvent event, String name, SavepointAction action) {
        LOG.info(switch (action) {
            case SET -> "SAVEPOINT " + name;
            case RELEASE -> "RELEASE SAVEPOINT " + name;
            case ROLLBACK -> "ROLLBACK TO SAVEPOINT " + name;
        });
    }

    @Override
    public void beforeExecute(StatementEvent event) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.info(event.compiled().sql());
        String params = event.executemany() ? ParameterRepr.multi(event.parameters())
                : ParameterRepr.single(event.parameters().isEmpty() ? java.util.List.of() : event.parameters().get(0));
        LOG.info("[" + event.cacheBadge() + "] " + params);
    }

    private static boolean autocommit(ConnectionEvent event) {
        return event.connection().isAutocommit();
    }
}
