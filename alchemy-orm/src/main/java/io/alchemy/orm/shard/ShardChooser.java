package io.alchemy.orm.shard;

import io.alchemy.orm.mapping.Mapper;

/**
 * Chooses the shard of a new object (SQLAlchemy's {@code shard_chooser}), called once, when the object is first
 * flushed; the object keeps that shard (its identity token) from then on. Typically computed from an attribute of the
 * object ({@code continent}, a tenant id, a hash of its key).
 */
@FunctionalInterface
public interface ShardChooser {

    /** The id of the shard {@code instance}, an object of {@code mapper}'s class, is to be inserted in. */
    String shardFor(Mapper<?> mapper, Object instance);
}
