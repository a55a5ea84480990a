package io.alchemy.orm.shard;

import io.alchemy.orm.mapping.Mapper;
import java.util.List;

/**
 * The shards that may hold the row of a primary key (SQLAlchemy's {@code identity_chooser}), searched in order by
 * {@link ShardedSession#get}: every shard when the key says nothing about its shard, one when it does (a key made with
 * a per-shard sequence range or a shard prefix).
 */
@FunctionalInterface
public interface IdentityChooser {

    /** The ids of the shards to look in for the row of {@code mapper}'s class with primary key {@code primaryKey}. */
    List<String> shardsFor(Mapper<?> mapper, List<Object> primaryKey);
}
