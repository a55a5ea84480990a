package io.alchemy.orm.internal;

import io.alchemy.orm.mapping.Mapper;

/**
 * Makes the object of a loaded row: the mapped class's no-argument constructor, with the relationship events of the
 * fields it initializes suppressed. SQLAlchemy makes a loaded object without running its constructor; here the
 * constructor runs (so unmapped fields get their initial values), but what it assigns to relationship fields is not
 * tracked: the loader marks every relationship unloaded right after, and the first read loads it.
 */
public final class RowInstantiation {
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private RowInstantiation() {
    }

    /** A new instance of the mapper's class for a loaded row. */
    public static <T> T newInstance(Mapper<T> mapper) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return mapper.newInstance();
        } finally {
            depth[0]--;
        }
    }

    /** Whether the current thread is constructing an object for a loaded row. */
    static boolean inProgress() {
        return DEPTH.get()[0] > 0;
    }
}
