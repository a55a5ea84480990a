package io.alchemy.spring.boot.autoconfigure.orm;

import io.alchemy.orm.Session;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ties one Session to one Spring transaction: flushes it before the commit (never in a read-only transaction; its
 * errors translated into {@code DataAccessException}s),
 * gives its connection back before completion without committing or rolling back (Spring does that), and on
 * completion expires (commit, when the factory's options say so) or rolls back its objects and closes it.
 * Suspension by {@code REQUIRES_NEW} unbinds it, resumption binds it again. A {@code NESTED} savepoint flushes
 * the Session; see {@link #savepointRollback} for rolling back to it.
 */
final class SessionSynchronization implements TransactionSynchronization {
    /** Before the JDBC connection's own synchronization, as JPA's EntityManager synchronization is. */
    static final int ORDER = DataSourceUtils.CONNECTION_SYNCHRONIZATION_ORDER - 100;
    private static final Logger log = LoggerFactory.getLogger(SessionSynchronization.class);
    private static final String LOST_CHANGES = "Transaction rolled back because rolling back a NESTED transaction "
            + "undid changes of the enclosing one that the Session flushed as the savepoint began; call "
            + "session.flush() before entering a NESTED transaction to keep them";

    private final SessionHolder holder;
    private final Object key;
    private final TransactionalSessions sessions;
    private final Set<Object> savepointsHoldingEarlierChanges = new HashSet<>();
    private boolean bound = true;
    private boolean lostEnclosingChanges;

    SessionSynchronization(SessionHolder holder, Object key, TransactionalSessions sessions) {
        this.holder = holder;
        this.key = key;
        this.sessions = sessions;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void suspend() {
        if (bound) {
            TransactionSynchronizationManager.unbindResource(key);
        }
    }

    @Override
    public void resume() {
        if (bound) {
            TransactionSynchronizationManager.bindResource(key, holder);
        }
    }

    @Override
    public void flush() {
        if (!holder.readOnly()) {
            holder.session().flush();
        }
    }

    /**
     * Spring has just set the savepoint: changes still unflushed belong to the enclosing scope but are written now,
     * after it. Remembered so that a rollback to this savepoint, which undoes them too, dooms the transaction.
     */
    @Override
    public void savepoint(Object savepoint) {
        Session session = holder.session();
        if (!holder.readOnly() && hasChanges(session)) {
            session.flush();
            savepointsHoldingEarlierChanges.add(savepoint);
        }
    }

    /**
     * Spring is about to roll back to {@code savepoint}: objects added or deleted since are dropped from the Session
     * and the others expired (they reload the rows as they were); objects the savepoint's flushes inserted stay
     * expired in the Session until read ({@code get} answers {@code null}). When the rollback also undoes changes of
     * the enclosing scope (flushed as the savepoint began), the Session rolls back and the commit will fail.
     */
    @Override
    public void savepointRollback(Object savepoint) {
        Session session = holder.session();
        if (savepointsHoldingEarlierChanges.remove(savepoint)) {
            log.warn(LOST_CHANGES);
            lostEnclosingChanges = true;
            session.rollback();
            return;
        }
        session.newObjects().forEach(session::expunge);
        session.deleted().forEach(session::expunge);
        session.expireAll();
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        if (lostEnclosingChanges) {
            throw new UnexpectedRollbackException(LOST_CHANGES);
        }
        if (!readOnly && !holder.readOnly()) {
            try {
                holder.session().flush();
            } catch (RuntimeException e) {
                throw sessions.translate(e);
            }
        }
    }

    /** Closes the Session's connection before Spring commits or rolls back: joined, it leaves the decision to Spring. */
    @Override
    public void beforeCompletion() {
        Session session = holder.session();
        if (session.inTransaction()) {
            session.connection().close();
        }
    }

    @Override
    public void afterCompletion(int status) {
        if (bound) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
            bound = false;
        }
        Session session = holder.session();
        try {
            if (status != STATUS_COMMITTED) {
                session.rollback();
            } else if (session.options().expireOnCommit()) {
                session.expireAll();
            }
        } finally {
            session.close();
            holder.reset();
        }
    }

    private static boolean hasChanges(Session session) {
        return !session.newObjects().isEmpty() || !session.dirty().isEmpty() || !session.deleted().isEmpty();
    }
}
