package io.alchemy.orm.loading;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.mapping.RelationshipProperty;

/**
 * {@code lazy = RAISE} / {@code RAISE_ON_SQL} (and the {@code raiseload} option): reading the unloaded relationship
 * raises {@link InvalidRequestError} without touching the database; with {@code sqlOnly}, a many-to-one that the
 * identity map can answer still loads.
 */
final class RaiseLoader implements RelationshipLoader {
    private final RelationshipProperty relationship;
    private final boolean sqlOnly;

    RaiseLoader(RelationshipProperty relationship, boolean sqlOnly) {
        this.relationship = relationship;
        this.sqlOnly = sqlOnly;
    }

    @Override
    public void load(LoadContext context, InstanceState state) {
        if (sqlOnly && !LazyLoader.needsSql(context, relationship, state)) {
            new LazyLoader(relationship).load(context, state);
            return;
        }
        String lazy = relationship.lazy() == LoadStrategy.WRITE_ONLY ? "write_only" : sqlOnly ? "raise_on_sql" : "raise";
        throw new InvalidRequestError("'" + relationship + "' is not available due to lazy='" + lazy + "'");
    }
}
