package io.alchemy.spring.boot.autoconfigure.orm;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionFactory;
import java.util.Objects;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Sessions of a {@link SessionFactory} bound to Spring transactions: each transaction (each
 * {@code REQUIRES_NEW} too) gets its own Session on first use, registered with a {@link SessionSynchronization}
 * that flushes it before commit and closes it on completion. {@link #proxy()} is the injectable {@code Session}
 * that always stands for the current transaction's Session.
 */
public final class TransactionalSessions {
    private final SessionFactory factory;
    private final OutsideTransaction outsideTransaction;

    /** Sessions from {@code factory}; {@code outsideTransaction} says what calls without a transaction do. */
    public TransactionalSessions(SessionFactory factory, OutsideTransaction outsideTransaction) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.outsideTransaction = Objects.requireNonNull(outsideTransaction, "outsideTransaction");
    }

    /**
     * The Session of the current Spring transaction, opened and bound on first use (with autoflush off in a read-only
     * transaction); {@code null} when no transaction synchronization is active.
     */
    public Session currentSessionOrNull() {
        if (TransactionSynchronizationManager.getResource(factory) instanceof SessionHolder holder) {
            return holder.session();
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        Session session = new Session(factory.engine(),
                readOnly ? factory.options().withAutoflush(false) : factory.options());
        SessionHolder holder = new SessionHolder(session, readOnly);
        TransactionSynchronizationManager.bindResource(factory, holder);
        holder.setSynchronizedWithTransaction(true);
        TransactionSynchronizationManager.registerSynchronization(new SessionSynchronization(holder, factory));
        return session;
    }

    /** The Session of the current Spring transaction; {@link InvalidRequestError} saying how to start one when none. */
    public Session currentSession() {
        Session session = currentSessionOrNull();
        if (session == null) {
            throw noTransaction();
        }
        return session;
    }

    /** A {@code Session} whose every call goes to the current transaction's Session. */
    public Session proxy() {
        ProxyFactory proxies = new ProxyFactory();
        proxies.setTargetClass(Session.class);
        proxies.setProxyTargetClass(true);
        proxies.addAdvice(new SessionProxyInterceptor(this));
        return (Session) proxies.getProxy(Session.class.getClassLoader());
    }

    /** The factory the Sessions come from. */
    public SessionFactory factory() {
        return factory;
    }

    /** What calls without a transaction do. */
    public OutsideTransaction outsideTransaction() {
        return outsideTransaction;
    }

    static InvalidRequestError noTransaction() {
        return new InvalidRequestError("No Spring transaction is active, and the injected Session is the current "
                + "transaction's Session: call it from a @Transactional method or inside a TransactionTemplate, or set "
                + "alchemy.session.outside-transaction=autocommit to run each call in a Session of its own");
    }
}
