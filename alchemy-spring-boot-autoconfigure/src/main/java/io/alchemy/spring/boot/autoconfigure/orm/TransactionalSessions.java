package io.alchemy.spring.boot.autoconfigure.orm;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionFactory;
import io.alchemy.orm.SessionOptions;
import io.alchemy.spring.boot.autoconfigure.OutsideTransaction;
import java.util.Objects;
import io.alchemy.spring.boot.autoconfigure.AlchemyExceptionTranslator;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.support.ChainedPersistenceExceptionTranslator;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Sessions of a {@link SessionFactory} bound to Spring transactions: each transaction (each
 * {@code REQUIRES_NEW} too) gets its own Session on first use, registered with a {@link SessionSynchronization}
 * that flushes it before commit and closes it on completion. {@link #proxy()} is the injectable {@code Session}
 * that always stands for the current transaction's Session, throwing Spring's {@code DataAccessException}s.
 */
public final class TransactionalSessions {
    private final SessionFactory factory;
    private final OutsideTransaction outsideTransaction;
    private final PersistenceExceptionTranslator translator;
    private final SessionMaker maker;

    /**
     * Sessions with {@code factory}'s engine and options, made by {@code maker}; {@code outsideTransaction} says what
     * calls without a transaction do; the proxy's exceptions, and those of the flush before commit, go through
     * {@code translator}.
     */
    public TransactionalSessions(SessionFactory factory, OutsideTransaction outsideTransaction,
            PersistenceExceptionTranslator translator, SessionMaker maker) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.outsideTransaction = Objects.requireNonNull(outsideTransaction, "outsideTransaction");
        this.translator = Objects.requireNonNull(translator, "translator");
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    /** Plain Sessions, exceptions translated by {@code translator}. */
    public TransactionalSessions(SessionFactory factory, OutsideTransaction outsideTransaction,
            PersistenceExceptionTranslator translator) {
        this(factory, outsideTransaction, translator, SessionMaker.DEFAULT);
    }

    /** Sessions whose exceptions are translated by the ORM's and Core's translators (driver errors by SQLState). */
    public TransactionalSessions(SessionFactory factory, OutsideTransaction outsideTransaction) {
        this(factory, outsideTransaction, alchemyTranslators(new AlchemyExceptionTranslator()));
    }

    /** The ORM's translator, then {@code core}. */
    public static PersistenceExceptionTranslator alchemyTranslators(AlchemyExceptionTranslator core) {
        ChainedPersistenceExceptionTranslator chain = new ChainedPersistenceExceptionTranslator();
        chain.addDelegate(new OrmExceptionTranslator());
        chain.addDelegate(core);
        return chain;
    }

    /**
     * The Session of the current Spring transaction, opened and bound on first use (with autoflush off in a read-only
     * transaction); {@code null} when no transaction synchronization is active.
     */
    public @Nullable Session currentSessionOrNull() {
        if (TransactionSynchronizationManager.getResource(factory) instanceof SessionHolder holder) {
            if (isCurrent(holder)) {
                return holder.session();
            }
            discard(holder);
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        Session session = open(readOnly ? factory.options().withAutoflush(false) : factory.options());
        SessionHolder holder = new SessionHolder(session, readOnly);
        SessionSynchronization synchronization = new SessionSynchronization(holder, factory, this);
        holder.synchronizedBy(synchronization);
        TransactionSynchronizationManager.bindResource(factory, holder);
        TransactionSynchronizationManager.registerSynchronization(synchronization);
        return session;
    }

    /**
     * Whether the holder's synchronization belongs to the running transaction. A Session first used while a
     * transaction completes (in another synchronization's {@code afterCommit}, say) is registered too late to be
     * called back, and stays bound after the transaction: the next transaction must not pick it up.
     */
    private static boolean isCurrent(SessionHolder holder) {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getSynchronizations().contains(holder.synchronization());
    }

    /** Its connection was the finished transaction's, given back with it: only the objects are let go. */
    private void discard(SessionHolder stale) {
        TransactionSynchronizationManager.unbindResource(factory);
        stale.session().expungeAll();
    }

    /** The Session of the current Spring transaction; {@link InvalidRequestError} saying how to start one when none. */
    public Session currentSession() {
        Session session = currentSessionOrNull();
        if (session == null) {
            throw noTransaction();
        }
        return session;
    }

    /** A new Session (not bound to anything) with {@code options}. */
    Session open(SessionOptions options) {
        return maker.open(factory.engine(), options);
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

    /** {@code ex} as a {@code DataAccessException} when the translator knows it, else itself. */
    RuntimeException translate(RuntimeException ex) {
        return DataAccessUtils.translateIfNecessary(ex, translator);
    }

    static InvalidRequestError noTransaction() {
        return new InvalidRequestError("No Spring transaction is active, and the injected Session is the current "
                + "transaction's Session: call it from a @Transactional method or inside a TransactionTemplate, or set "
                + "alchemy.session.outside-transaction=autocommit to run each call in a Session of its own");
    }
}
