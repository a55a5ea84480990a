package io.alchemy.spring.boot.autoconfigure.orm;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.Session;
import io.alchemy.spring.boot.autoconfigure.OutsideTransaction;
import java.lang.reflect.Method;
import java.util.Set;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;

/**
 * Sends each call on the Session proxy to the current transaction's Session. The transaction's boundaries are
 * Spring's, so {@code begin}, {@code commit} and {@code close} are refused; outside a transaction the call fails or
 * runs in a Session of its own, as {@link OutsideTransaction} says. Alchemy's exceptions come out as Spring's
 * {@code DataAccessException}s.
 */
final class SessionProxyInterceptor implements MethodInterceptor {
    private static final Set<String> SPRING_MANAGED = Set.of("begin", "commit", "close");

    private final TransactionalSessions sessions;

    SessionProxyInterceptor(TransactionalSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        try {
            return dispatch(invocation);
        } catch (RuntimeException e) {
            throw sessions.translate(e);
        }
    }

    private Object dispatch(MethodInvocation invocation) throws Throwable {
        Method method = invocation.getMethod();
        Object[] arguments = invocation.getArguments();
        if (AopUtils.isToStringMethod(method)) {
            Session current = sessions.currentSessionOrNull();
            return "Transaction-bound Session proxy (" + (current == null ? "no transaction" : current) + ")";
        }
        if (SPRING_MANAGED.contains(method.getName()) && arguments.length == 0) {
            throw new InvalidRequestError("Session." + method.getName() + "() is not allowed on the transaction-bound "
                    + "Session: its transaction is Spring's, which begins, commits and closes it (use @Transactional or "
                    + "a TransactionTemplate; TransactionStatus.setRollbackOnly() or session.rollback() to roll back)");
        }
        Session current = sessions.currentSessionOrNull();
        if (current != null) {
            return AopUtils.invokeJoinpointUsingReflection(current, method, arguments);
        }
        if (sessions.outsideTransaction() == OutsideTransaction.FAIL) {
            throw TransactionalSessions.noTransaction();
        }
        return inOwnSession(method, arguments);
    }

    private Object inOwnSession(Method method, Object[] arguments) throws Throwable {
        try (Session session = sessions.open(sessions.factory().options())) {
            try {
                Object result = AopUtils.invokeJoinpointUsingReflection(session, method, arguments);
                session.commit();
                return result;
            } catch (Throwable failure) {
                session.rollback();
                throw failure;
            }
        }
    }
}
