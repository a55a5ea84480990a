package io.alchemy.testing;

import io.alchemy.dialect.Dialect;
import java.util.function.Predicate;

/**
 * What a database can do, as its {@link Dialect} says ({@code Dialect.supports…}), named for
 * {@link RequiresCapability}. Tests that branch inside a body ask the dialect directly
 * ({@code engine.dialect().supportsFullOuterJoin()}).
 */
public enum Capability {
    RETURNING(Dialect::supportsReturning),
    SAVEPOINTS(Dialect::supportsSavepoints),
    SEQUENCES(Dialect::supportsSequences),
    TRANSACTIONAL_DDL(Dialect::supportsTransactionalDdl),
    ALTER_ADD_CONSTRAINT(Dialect::supportsAlterAddConstraint),
    FULL_OUTER_JOIN(Dialect::supportsFullOuterJoin),
    INTERSECT_EXCEPT_ALL(Dialect::supportsIntersectExceptAll),
    DISTINCT_ON(Dialect::supportsDistinctOn),
    DATA_MODIFYING_CTE(Dialect::supportsDataModifyingCte),
    LATERAL(Dialect::supportsLateral),
    JSON_ELEMENT_ACCESS(Dialect::supportsJsonElementAccess),
    AGGREGATE_FILTER(Dialect::supportsAggregateFilter),
    MULTI_TABLE_UPDATE(Dialect::supportsMultiTableUpdate),
    MULTI_TABLE_UPDATE_SET(Dialect::supportsMultiTableUpdateSet),
    MULTI_TABLE_DELETE(Dialect::supportsMultiTableDelete),
    UPDATE_RETURNING(Dialect::supportsUpdateReturning),
    MULTI_TABLE_RETURNING(Dialect::supportsMultiTableReturning),
    ORDERED_INSERT_RETURNING(Dialect::supportsOrderedInsertReturning),
    ROW_LOCKING(Dialect::supportsRowLocking),
    SHARED_LOCK_OPTIONS(Dialect::supportsSharedLockOptions),
    COMMENTS(Dialect::supportsComments);

    private final Predicate<Dialect> test;

    Capability(Predicate<Dialect> test) {
        this.test = test;
    }

    /** Whether {@code dialect} has this capability. */
    public boolean of(Dialect dialect) {
        return test.test(dialect);
    }
}
