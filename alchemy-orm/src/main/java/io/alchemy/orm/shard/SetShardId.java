package io.alchemy.orm.shard;

import io.alchemy.sql.ExecutableOption;
import java.util.Objects;

/**
 * A statement option that runs a SELECT on one shard only, whatever the {@link ExecuteChooser} says (SQLAlchemy's
 * {@code set_shard_id}): {@code select(User.class).where(…).options(shard("eu"))}. The objects it loads, and their
 * lazy loads, belong to that shard.
 *
 * @param shardId the shard
 */
public record SetShardId(String shardId) implements ExecutableOption {

    /** Requires a shard id. */
    public SetShardId {
        Objects.requireNonNull(shardId, "shardId");
    }

    /** The option running a statement on shard {@code shardId}. */
    public static SetShardId shard(String shardId) {
        return new SetShardId(shardId);
    }
}
