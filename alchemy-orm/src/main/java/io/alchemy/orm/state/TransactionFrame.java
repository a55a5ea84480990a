package io.alchemy.orm.state;

import io.alchemy.engine.Transaction;
import io.alchemy.orm.internal.InstanceState;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one level of a Session's transaction (the root, or a savepoint) did to objects, so that rolling it back can
 * undo it: the objects its flushes inserted (they become transient again) and deleted (they come back).
 */
public final class TransactionFrame {
    final Set<InstanceState> inserted = new LinkedHashSet<>();
    final Set<InstanceState> deleted = new LinkedHashSet<>();
    public final Transaction savepoint;

    /** A frame for {@code savepoint} ({@code null} for the root transaction). */
    public TransactionFrame(Transaction savepoint) {
        this.savepoint = savepoint;
    }

    /** A released savepoint's changes belong to the enclosing level. */
    void absorb(TransactionFrame inner) {
        inserted.addAll(inner.inserted);
        deleted.addAll(inner.deleted);
    }
}
