package io.alchemy.orm.persistence;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.Cascade;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.orm.state.UnitOfWork;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The objects a Session operation reaches from one object through a cascade ({@code expunge}, {@code refresh-expire}):
 * the object, then each object held by a loaded relationship that has the cascade, and so on; unloaded relationships
 * are not loaded for it.
 */
public final class CascadePath {
    private CascadePath() {
    }

    /** The objects reachable from {@code root} through {@code cascade}, {@code root} first, each once. */
    public static List<InstanceState> from(UnitOfWork work, InstanceState root, Cascade cascade) {
        Set<InstanceState> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<InstanceState> reached = new ArrayList<>();
        Deque<InstanceState> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            InstanceState state = queue.poll();
            if (!seen.add(state)) {
                continue;
            }
            reached.add(state);
            for (RelationshipProperty relationship : state.mapper().relationships()) {
                if (relationship.cascade().contains(cascade) && !state.isUnloaded(relationship.name())) {
                    SaveUpdateCascade.related(state, relationship).forEach(o -> queue.add(work.stateOf(o)));
                }
            }
        }
        return reached;
    }
}
