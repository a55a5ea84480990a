package io.alchemy.orm.state;

import io.alchemy.orm.internal.InstanceState;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One object per row in a Session (SQLAlchemy's identity map), weakly referenced: an object nobody else holds and
 * that has no pending change may be garbage collected, and its entry goes with it. (The Session holds new, changed
 * and deleted objects strongly until they are flushed.)
 */
public final class IdentityMap {
    private final Map<EntityKey, Entry> entries = new HashMap<>();
    private final ReferenceQueue<InstanceState> collected = new ReferenceQueue<>();

    private static final class Entry extends WeakReference<InstanceState> {
        final EntityKey key;

        Entry(EntityKey key, InstanceState state, ReferenceQueue<InstanceState> queue) {
            super(state, queue);
            this.key = key;
        }
    }

    /** The live state with this key, or {@code null}. */
    public @Nullable InstanceState get(EntityKey key) {
        purge();
        Entry entry = entries.get(key);
        return entry == null ? null : entry.get();
    }

    void put(EntityKey key, InstanceState state) {
        purge();
        entries.put(key, new Entry(key, state, collected));
    }

    /** Removes the entry for {@code key} if it holds {@code state}. */
    void remove(EntityKey key, InstanceState state) {
        Entry entry = entries.get(key);
        if (entry != null && entry.get() == state) {
            entries.remove(key);
        }
    }

    /** The live states, in no particular order. */
    public List<InstanceState> states() {
        purge();
        List<InstanceState> live = new ArrayList<>(entries.size());
        for (Entry entry : entries.values()) {
            InstanceState state = entry.get();
            if (state != null) {
                live.add(state);
            }
        }
        return live;
    }

    /**
     * How many objects are live. Counts the entries still referenced rather than trusting the purge: the collector
     * clears a reference before it reaches the queue, so the queue can lag behind.
     */
    public int size() {
        purge();
        int live = 0;
        for (Entry entry : entries.values()) {
            if (entry.get() != null) {
                live++;
            }
        }
        return live;
    }

    void clear() {
        entries.clear();
        purge();
    }

    private void purge() {
        for (var ref = collected.poll(); ref != null; ref = collected.poll()) {
            Entry entry = (Entry) ref;
            entries.remove(entry.key, entry);
        }
    }
}
