package io.alchemy.orm.shard;

import io.alchemy.exc.InvalidRequestError;

/**
 * A statement run on several shards whose results cannot be merged into the answer one database would give: an
 * aggregate other than COUNT, SUM, MIN and MAX (AVG: select SUM and COUNT instead), an aggregate of DISTINCT values,
 * HAVING, a selected column neither aggregated nor grouped by, an ORDER BY of grouped rows on something not selected, a
 * compound SELECT with ORDER BY or LIMIT. Run it on one shard ({@link SetShardId}) or restate it.
 */
public class CrossShardQueryError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public CrossShardQueryError(String message) {
        super(message);
    }
}
