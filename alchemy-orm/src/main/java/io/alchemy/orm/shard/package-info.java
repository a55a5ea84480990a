/**
 * Horizontal sharding (SQLAlchemy's {@code sqlalchemy.ext.horizontal_shard}): a {@link io.alchemy.orm.shard.ShardedSession}
 * spreads the rows of the same tables over several databases (shards), choosing a shard for each new object, the
 * shards to look in for a primary key and the shards a query runs on, with identity keys that include the shard id.
 * Unlike SQLAlchemy, a query run on several shards returns one result that honours its ORDER BY, LIMIT/OFFSET and
 * COUNT/SUM/MIN/MAX aggregates, or refuses with a {@link io.alchemy.orm.shard.CrossShardQueryError}.
 */
@NullMarked
package io.alchemy.orm.shard;

import org.jspecify.annotations.NullMarked;
