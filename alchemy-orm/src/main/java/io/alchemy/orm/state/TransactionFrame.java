package io.alchemy.orm.state;

import io.alchemy.engine.Transaction;
import io.alchemy.orm.internal.InstanceState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one level of a Session's transaction (the root, or a savepoint) did to objects, so that rolling it back can
 * undo it: the objects its flushes inserted (they become transient again) and deleted (they come back), and the
 * primary keys its UPDATEs changed (they get their old key back). A savepoint level holds one savepoint per
 * connection of the Session's transaction (a Session bound to several engines has several), including connections
 * opened after the savepoint began.
 */
public final class TransactionFrame {
    final Set<InstanceState> inserted = new LinkedHashSet<>();
    final Set<InstanceState> deleted = new LinkedHashSet<>();
    /** Objects whose primary key an UPDATE changed, with the key they had before this level. */
    final java.util.Map<InstanceState, java.util.List<Object>> rekeyed = new java.util.LinkedHashMap<>();
    private final boolean nested;
    private final List<Transaction> savepoints = new ArrayList<>();

    /** A frame for {@code savepoint} ({@code null} for the root transaction). */
    public TransactionFrame(@Nullable Transaction savepoint) {
        this(savepoint != null, savepoint == null ? List.of() : List.of(savepoint));
    }

    private TransactionFrame(boolean nested, List<Transaction> savepoints) {
        this.nested = nested;
        this.savepoints.addAll(savepoints);
    }

    /** A savepoint level with the savepoints of the connections open when it began (possibly none yet). */
    public static TransactionFrame nested(List<Transaction> savepoints) {
        return new TransactionFrame(true, savepoints);
    }

    /** Whether this is a savepoint level. */
    public boolean isNested() {
        return nested;
    }

    /** The savepoints of this level, one per connection, in the order begun. */
    public List<Transaction> savepoints() {
        return Collections.unmodifiableList(savepoints);
    }

    /** A connection opened inside this level began {@code savepoint} for it. */
    public void addSavepoint(Transaction savepoint) {
        savepoints.add(savepoint);
    }

    /** A released savepoint's changes belong to the enclosing level. */
    void absorb(TransactionFrame inner) {
        inserted.addAll(inner.inserted);
        deleted.addAll(inner.deleted);
        inner.rekeyed.forEach(rekeyed::putIfAbsent);
    }
}
