package io.alchemy.orm.loading;

import io.alchemy.orm.internal.InstanceState;

/** Loads one unloaded relationship of one object when it is read (SQLAlchemy's loader strategy, per access). */
public interface RelationshipLoader {

    /** Loads (or refuses to load) the relationship of {@code state}'s object. */
    void load(LoadContext context, InstanceState state);
}
