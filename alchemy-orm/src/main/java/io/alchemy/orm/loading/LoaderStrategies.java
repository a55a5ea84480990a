package io.alchemy.orm.loading;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.RelationshipProperty;

/** The loader a relationship uses when an unloaded value is read, from its strategy. */
public final class LoaderStrategies {
    private LoaderStrategies() {
    }

    /**
     * The loader for reading {@code relationship} of {@code state}: by the loader option of the query that loaded the
     * object, else by the relationship's {@code lazy}. Eager strategies load with the query, so an expired eager
     * relationship loads lazily like {@code select}.
     */
    public static RelationshipLoader onAccess(InstanceState state, RelationshipProperty relationship) {
        return switch (state.strategy(relationship)) {
            case SELECT, SELECTIN, JOINED, SUBQUERY -> new LazyLoader(relationship);
            case RAISE -> new RaiseLoader(relationship, false);
            case RAISE_ON_SQL -> new RaiseLoader(relationship, true);
            case NOLOAD -> new NoLoader(relationship);
            case WRITE_ONLY -> new RaiseLoader(relationship, false);
        };
    }

    /**
     * Whether {@code loader} (from {@link #onAccess}) will run a SELECT for {@code state}'s relationship: a lazy
     * load, except of a many-to-one whose target is in the identity map or whose foreign key is NULL.
     */
    public static boolean runsSql(RelationshipLoader loader, LoadContext context, InstanceState state,
            RelationshipProperty relationship) {
        return loader instanceof LazyLoader && LazyLoader.needsSql(context, relationship, state);
    }
}
