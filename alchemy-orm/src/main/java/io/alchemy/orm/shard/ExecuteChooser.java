package io.alchemy.orm.shard;

import java.util.List;

/**
 * The shards a statement runs on when it names none with {@link SetShardId} (SQLAlchemy's {@code execute_chooser}):
 * every shard, or those its criteria allow ({@link ExecuteState#comparedValues}). The results of several shards are
 * merged into one.
 */
@FunctionalInterface
public interface ExecuteChooser {

    /** The ids of the shards to run {@code state}'s statement on, at least one. */
    List<String> shardsFor(ExecuteState state);
}
