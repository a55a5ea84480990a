package io.alchemy.orm;

/** Loads one unloaded relationship of one object when it is read (SQLAlchemy's loader strategy, per access). */
interface RelationshipLoader {

    /** Loads (or refuses to load) the relationship of {@code state}'s object. */
    void load(LoadContext context, InstanceState state);
}
