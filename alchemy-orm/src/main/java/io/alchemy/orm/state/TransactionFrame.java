package io.alchemy.orm.state;

import io.alchemy.engine.Transaction;
import io.alchemy.orm.internal.InstanceState;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one level of a Session's transaction (the root, or a savepoint) did to objects, so that rolling it back can
 * undo it: the objects its flushes inserted (they become transient again) and deleted (they come back), and the
 * primary keys its UPDATEs changed (they get their old key back).
 */
public final class TransactionFrame {
    final Set<InstanceState> inserted = new LinkedHashSet<>();
    final Set<InstanceState> deleted = new LinkedHashSet<>();
    /** Objects whose primary key an UPDATE changed, with the key they had before this level. */
    final java.util.Map<InstanceState, java.util.List<Object>> rekeyed = new java.util.LinkedHashMap<>();
    public final Transaction savepoint;

    /** A frame for {@code savepoint} ({@code null} for the root transaction). */
    public TransactionFrame(Transaction savepoint) {
        this.savepoint = savepoint;
    }

    /** A released savepoint's changes belong to the enclosing level. */
    void absorb(TransactionFrame inner) {
        inserted.addAll(inner.inserted);
        deleted.addAll(inner.deleted);
        inner.rekeyed.forEach(rekeyed::putIfAbsent);
    }
}
