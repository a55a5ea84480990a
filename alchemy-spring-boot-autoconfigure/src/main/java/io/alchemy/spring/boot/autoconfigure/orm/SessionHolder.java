package io.alchemy.spring.boot.autoconfigure.orm;

import io.alchemy.orm.Session;
import org.springframework.transaction.support.ResourceHolderSupport;

/**
 * The Session of one Spring transaction, bound in {@code TransactionSynchronizationManager} under its
 * {@code SessionFactory} while the transaction runs (unbound while it is suspended).
 */
final class SessionHolder extends ResourceHolderSupport {
    private final Session session;
    private final boolean readOnly;

    SessionHolder(Session session, boolean readOnly) {
        this.session = session;
        this.readOnly = readOnly;
    }

    Session session() {
        return session;
    }

    /** Whether the transaction was read-only when the Session was opened: it never flushes. */
    boolean readOnly() {
        return readOnly;
    }
}
