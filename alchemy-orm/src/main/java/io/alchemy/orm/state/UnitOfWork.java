package io.alchemy.orm.state;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.exc.UnmappedInstanceError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ObjectState;
import io.alchemy.orm.internal.StateOwner;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The object bookkeeping of one Session: the identity map, the new, changed and to-be-deleted objects, and the
 * transaction levels, with the state transitions between transient, pending, persistent, deleted and detached.
 * Flushes read their work from here, so a flush visits only the objects that changed.
 */
public final class UnitOfWork {
    private final IdentityMap identityMap = new IdentityMap();
    private final Set<InstanceState> pending = new LinkedHashSet<>();
    private final Set<InstanceState> toDelete = new LinkedHashSet<>();
    private final Set<InstanceState> modified = new LinkedHashSet<>();
    private final Deque<TransactionFrame> frames = new ArrayDeque<>();
    private final StateOwner owner;

    /** An empty unit of work whose states {@code owner} owns. */
    public UnitOfWork(StateOwner owner) {
        this.owner = owner;
        frames.push(new TransactionFrame(null));
    }

    /** The state of a mapped object, made when it has none; {@link UnmappedInstanceError} for other objects. */
    public InstanceState stateOf(Object entity) {
        if (entity == null) {
            throw new UnmappedInstanceError("null is not a mapped instance");
        }
        Mapper<?> mapper = null;
        for (Class<?> type = entity.getClass(); mapper == null && type != null; type = type.getSuperclass()) {
            mapper = Mappers.current(type);
        }
        if (mapper == null) {
            throw new UnmappedInstanceError("Class '" + entity.getClass().getName() + "' is not mapped; map it with a "
                    + "Registry before adding its instances to a Session");
        }
        return InstanceState.obtain(entity, mapper);
    }

    /** Whether {@code state} belongs to this unit of work's Session. */
    public boolean owns(InstanceState state) {
        return state.owner() == owner;
    }

    private void checkNotElsewhere(InstanceState state) {
        if (state.owner() != null && state.owner() != owner) {
            throw new InvalidRequestError("Object '" + state.describe() + "' is already attached to session '"
                    + Integer.toHexString(System.identityHashCode(state.owner().session())) + "' (this is '"
                    + Integer.toHexString(System.identityHashCode(owner.session())) + "'); expunge it there (or close "
                    + "that Session) first");
        }
    }

    /** {@code Session.add}: transient → pending, detached → persistent; an object whose row a flush deleted is refused. */
    public void add(InstanceState state) {
        checkNotElsewhere(state);
        if (state.wasDeleted() && (state.state() == ObjectState.DELETED || !owns(state))) {
            throw new InvalidRequestError("Instance '" + state.describe() + "' has been deleted.  Use the "
                    + "make_transient() function to send this object back to the transient state.");
        }
        if (owns(state)) {
            return;
        }
        if (state.identity() == null) {
            state.owner(owner);
            pending.add(state);
            return;
        }
        attachPersistent(state);
    }

    private void attachPersistent(InstanceState state) {
        EntityKey key = EntityKey.of(state);
        InstanceState present = identityMap.get(key);
        if (present != null && present != state) {
            throw new InvalidRequestError("Can't attach instance " + state.describe() + "; another instance with key "
                    + key + " is already present in this session");
        }
        state.owner(owner);
        state.deleted(false);
        identityMap.put(key, state);
        if (state.isModified()) {
            modified.add(state);
        }
    }

    /** {@code Session.delete}: marks a persistent (or detached) object for deletion at the next flush. */
    public void markDeleted(InstanceState state) {
        checkNotElsewhere(state);
        if (state.identity() == null) {
            throw new InvalidRequestError("Instance '" + state.describe() + "' is not persisted");
        }
        if (state.wasDeleted() && (state.state() == ObjectState.DELETED || !owns(state))) {
            // deleted again after its DELETE was flushed: SQLAlchemy attaches it and deletes it once more (a DELETE
            // that matches no row, with a warning)
            attachPersistent(state);
        } else {
            add(state);
        }
        toDelete.add(state);
    }

    /** A row loaded from the database becomes (or refreshes) a persistent object. */
    public void loaded(InstanceState state, EntityKey key) {
        state.owner(owner);
        state.identity(key.id());
        state.identityToken(key.token());
        identityMap.put(key, state);
    }

    /** The object's INSERT ran: pending → persistent. */
    public void inserted(InstanceState state, List<Object> id) {
        state.identity(id);
        state.commitAll();
        identityMap.put(EntityKey.of(state.mapper(), id, state.identityToken()), state);
        frames.peek().inserted.add(state);
    }

    /** The object's UPDATE ran (possibly changing its primary key). */
    public void updated(InstanceState state, List<Object> newId) {
        if (!newId.equals(state.identity())) {
            frames.peek().rekeyed.putIfAbsent(state, state.identity());
            identityMap.remove(EntityKey.of(state), state);
            state.identity(newId);
            identityMap.put(EntityKey.of(state), state);
        }
        state.commitAll();
    }

    /** The object's DELETE ran: persistent → deleted. */
    public void deleted(InstanceState state) {
        identityMap.remove(EntityKey.of(state), state);
        state.deleted(true);
        state.commitAll();
        frames.peek().deleted.add(state);
    }

    /** After a successful flush: nothing is pending, changed or marked any more. */
    public void flushed() {
        pending.clear();
        toDelete.clear();
        modified.clear();
    }

    /**
     * Removes an object from the Session: persistent → detached, pending → transient. A rollback leaves it alone
     * afterwards (it is no longer the Session's to restore).
     */
    public void expunge(InstanceState state) {
        if (!owns(state)) {
            throw new InvalidRequestError("Instance " + state.describe() + " is not present in this Session");
        }
        forget(state);
    }

    /** The object leaves this unit of work entirely, transaction records included ({@code make_transient}). */
    public void forget(InstanceState state) {
        detach(state);
        for (TransactionFrame frame : frames) {
            frame.inserted.remove(state);
            frame.deleted.remove(state);
        }
    }

    private void detach(InstanceState state) {
        if (state.identity() != null) {
            identityMap.remove(EntityKey.of(state), state);
        }
        pending.remove(state);
        toDelete.remove(state);
        modified.remove(state);
        state.owner(null);
    }

    /** Expires every attribute of every object in the identity map. */
    public void expireAll() {
        for (InstanceState state : identityMap.states()) {
            state.commitAll();
            state.expire(state.mapper().columnProperties().stream().map(ColumnProperty::name).toList());
            state.unloadRelationships();
            state.expiredWhole(true);
        }
        modified.clear();
    }

    /** Expires {@code attributes} of {@code state}; it is no longer changed when nothing modified is left. */
    public void expire(InstanceState state, List<String> attributes) {
        state.expire(attributes);
        if (!state.isModified()) {
            modified.remove(state);
        }
    }

    // ------------------------------------------------------------------ transactions

    /** The innermost transaction frame: the latest savepoint's, else the root one. */
    public TransactionFrame current() {
        return frames.peek();
    }

    /** Begins a savepoint's frame. */
    public void pushFrame(TransactionFrame frame) {
        frames.push(frame);
    }

    boolean nested() {
        return frames.size() > 1;
    }

    /** The savepoint levels under way, outermost first (empty outside savepoints). */
    public List<TransactionFrame> nestedFrames() {
        List<TransactionFrame> levels = new ArrayList<>(frames);
        Collections.reverse(levels);
        return levels.subList(1, levels.size());
    }

    /** The root transaction committed: deleted objects become detached; everything is expired if asked. */
    public void committed(boolean expire) {
        TransactionFrame root = frames.peekLast();
        root.deleted.forEach(state -> {
            state.deleted(false);
            state.owner(null);
        });
        frames.clear();
        frames.push(new TransactionFrame(null));
        if (expire) {
            expireAll();
        }
    }

    /** A savepoint was released: its changes belong to the enclosing level. */
    public void releasedNested() {
        TransactionFrame inner = frames.pop();
        frames.peek().absorb(inner);
    }

    /**
     * A transaction level rolled back: objects its flushes inserted, and pending ones, become transient; objects it
     * deleted, or marked for deletion, come back; every object is expired.
     */
    public void rolledBack(boolean root) {
        List<TransactionFrame> undone = new ArrayList<>();
        if (root) {
            undone.addAll(frames);
            frames.clear();
            frames.push(new TransactionFrame(null));
        } else {
            undone.add(frames.pop());
        }
        for (TransactionFrame frame : undone) {
            frame.rekeyed.forEach((state, oldId) -> {
                if (owns(state) && state.identity() != null) {
                    identityMap.remove(EntityKey.of(state), state);
                    state.identity(oldId);
                    identityMap.put(EntityKey.of(state), state);
                }
            });
        }
        for (TransactionFrame frame : undone) {
            for (InstanceState state : frame.inserted) {
                detach(state);
                state.identity(null);
            }
        }
        // pending objects go too: a savepoint begins with a flush, so any pending object was added within it
        new ArrayList<>(pending).forEach(this::detach);
        for (TransactionFrame frame : undone) {
            for (InstanceState state : frame.deleted) {
                state.undeleted();
                state.owner(owner);
                EntityKey key = EntityKey.of(state);
                InstanceState occupant = identityMap.get(key);
                if (occupant != null && occupant != state) {
                    // loaded since from a row inserted in the transaction: that row is gone again
                    detach(occupant);
                }
                identityMap.put(key, state);
            }
        }
        toDelete.clear();
        expireAll();
    }

    /** {@code Session.close}: every object leaves the Session. */
    public void clear() {
        for (InstanceState state : identityMap.states()) {
            state.owner(null);
        }
        for (InstanceState state : pending) {
            state.owner(null);
        }
        for (TransactionFrame frame : frames) {
            for (InstanceState state : frame.deleted) {
                state.deleted(false);
                state.owner(null);
            }
        }
        identityMap.clear();
        pending.clear();
        toDelete.clear();
        modified.clear();
        frames.clear();
        frames.push(new TransactionFrame(null));
    }

    // ------------------------------------------------------------------ views

    /** Whether {@code state} belongs to this unit of work's Session and is not deleted. */
    public boolean contains(InstanceState state) {
        return owns(state) && !(state.state() == ObjectState.DELETED);
    }

    /** Whether there is nothing to flush: no pending, changed or deleted object. */
    public boolean isClean() {
        return pending.isEmpty() && modified.isEmpty() && toDelete.isEmpty();
    }

    /** The persistent object's state with identity {@code key}, or {@code null}. */
    public @Nullable InstanceState inIdentityMap(EntityKey key) {
        return identityMap.get(key);
    }

    /** The states in the identity map (a read-only view). */
    public Collection<InstanceState> identityMapStates() {
        return identityMap.states();
    }

    /** How many objects the identity map holds. */
    public int identityMapSize() {
        return identityMap.size();
    }

    /** The pending (added, not yet inserted) states, in the order added (a read-only view). */
    public Set<InstanceState> pendingStates() {
        return Collections.unmodifiableSet(pending);
    }

    /** The states changed since the last flush, in the order changed (a read-only view). */
    public Set<InstanceState> modifiedStates() {
        return Collections.unmodifiableSet(modified);
    }

    /** The states marked for deletion at the next flush, in the order marked (a read-only view). */
    public Set<InstanceState> deletedStates() {
        return Collections.unmodifiableSet(toDelete);
    }

    /**
     * {@code state}, marked for deletion, was added again (directly or by a save-update cascade): it is kept, as
     * SQLAlchemy's {@code Session.add} takes an object out of the deletions not yet flushed.
     */
    public void unmarkDeleted(InstanceState state) {
        toDelete.remove(state);
    }

    /** Whether {@code state} is marked for deletion at the next flush. */
    public boolean isMarkedDeleted(InstanceState state) {
        return toDelete.contains(state);
    }

    /** Adds {@code state} to the deletions of the flush under way (a cascade); {@code false} when it was there. */
    public boolean addDeleted(InstanceState state) {
        return toDelete.add(state);
    }

    /**
     * A load found the object's row gone: it leaves the Session as if deleted by this transaction, so a rollback
     * brings it back (SQLAlchemy's {@code _remove_newly_deleted} on a failed load).
     */
    public void gone(InstanceState state) {
        detach(state);
        frames.peek().deleted.add(state);
    }

    /** {@code state}'s current values are its database state: no longer changed. */
    public void clean(InstanceState state) {
        state.commitAll();
        modified.remove(state);
    }

    /** Records {@code state} as changed since the last flush. */
    public void markModified(InstanceState state) {
        modified.add(state);
    }

    /** The pending objects, in the order added. */
    public List<Object> newObjects() {
        return pending.stream().map(InstanceState::object).toList();
    }

    /** The persistent objects changed since the last flush, not deleted. */
    public List<Object> dirty() {
        return modified.stream().filter(s -> !toDelete.contains(s) && s.identity() != null)
                .map(InstanceState::object).toList();
    }

    /** The objects marked for deletion. */
    public List<Object> markedDeleted() {
        return toDelete.stream().map(InstanceState::object).toList();
    }
}
