package io.alchemy.orm;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ObjectState;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Orm#inspect} tells about a mapped object (SQLAlchemy's {@code inspect(obj)}, an {@code InstanceState}):
 * where it stands (exactly one of transient, pending, persistent, deleted, detached), its identity and its Session.
 * A snapshot: it answers for the moment it was taken.
 */
public final class InstanceInfo {
    private final ObjectState state;
    private final @Nullable List<Object> identity;
    private final boolean wasDeleted;
    private final @Nullable Session session;
    private final Set<String> unloaded;
    private final boolean modified;

    InstanceInfo(@Nullable InstanceState state, @Nullable Session session) {
        this.state = state == null ? ObjectState.TRANSIENT : state.state();
        this.identity = state == null ? null : state.identity();
        this.wasDeleted = state != null && state.wasDeleted();
        this.session = session;
        Set<String> names = new java.util.LinkedHashSet<>();
        if (state != null) {
            names.addAll(state.unloadedAttributes());
            state.mapper().relationships().stream().filter(r -> state.isUnloaded(r.name()))
                    .forEach(r -> names.add(r.name()));
        }
        this.unloaded = Set.copyOf(names);
        this.modified = state != null && state.isModified();
    }

    /** New: in no Session, without a row. */
    public boolean isTransient() {
        return state == ObjectState.TRANSIENT;
    }

    /** Added to a Session, not flushed yet. */
    public boolean isPending() {
        return state == ObjectState.PENDING;
    }

    /** In a Session, with a row. */
    public boolean isPersistent() {
        return state == ObjectState.PERSISTENT;
    }

    /** Deleted by a flush of its Session, the transaction not committed yet. */
    public boolean isDeleted() {
        return state == ObjectState.DELETED;
    }

    /** With a row, in no Session. */
    public boolean isDetached() {
        return state == ObjectState.DETACHED;
    }

    /** Whether a flush deleted its row (SQLAlchemy's {@code was_deleted}), whatever happened to it since. */
    public boolean wasDeleted() {
        return wasDeleted;
    }

    /** Its primary key values, or {@code null} before it has a row. */
    public @Nullable List<Object> identity() {
        return identity;
    }

    /** The Session holding it, or {@code null}. */
    public @Nullable Session session() {
        return session;
    }

    /** The attributes not loaded (expired or never loaded): SQLAlchemy's {@code unloaded}. */
    public Set<String> unloaded() {
        return unloaded;
    }

    /** Whether an attribute was set since it was loaded or flushed. */
    public boolean modified() {
        return modified;
    }

    @Override
    public String toString() {
        return "InstanceInfo[" + state + (identity == null ? "" : " " + identity) + "]";
    }
}
