package io.alchemy.orm.mapping;

import java.util.List;

/**
 * What a relationship was declared with, in the mapping model's own terms (the declarative layer reads them from
 * {@code @Relationship}).
 *
 * @param backPopulates the attribute on the target that mirrors this one; empty for none
 * @param secondary the association table of a many-to-many; empty for none
 * @param foreignKeys the foreign key columns that make the join; empty to infer them
 * @param orderBy the columns ordering a collection, as written
 * @param cascade SQLAlchemy's cascade text ({@code "save-update, merge"})
 * @param lazy the default loading strategy
 * @param innerjoin whether joined loading uses an INNER JOIN
 * @param passiveDeletes whether deleting children is left to the database's ON DELETE CASCADE
 * @param viewonly whether the relationship is read-only
 * @param joinColumns the columns holding the parent's key: in the target's table for a one-to-many, in the
 *        association table for a many-to-many; empty for none
 * @param inverseJoinColumns the association table's columns holding the target's key; empty for the default
 */
public record RelationshipOptions(String backPopulates, String secondary, List<String> foreignKeys,
        List<String> orderBy, String cascade, LoadStrategy lazy, boolean innerjoin, boolean passiveDeletes,
        boolean viewonly, List<String> joinColumns, List<String> inverseJoinColumns) {

    /** Copies the lists. */
    public RelationshipOptions {
        foreignKeys = List.copyOf(foreignKeys);
        orderBy = List.copyOf(orderBy);
        joinColumns = List.copyOf(joinColumns);
        inverseJoinColumns = List.copyOf(inverseJoinColumns);
    }

    /** Options without join columns (the relationship's foreign keys are mapped, or its association table exists). */
    public RelationshipOptions(String backPopulates, String secondary, List<String> foreignKeys, List<String> orderBy,
            String cascade, LoadStrategy lazy, boolean innerjoin, boolean passiveDeletes, boolean viewonly) {
        this(backPopulates, secondary, foreignKeys, orderBy, cascade, lazy, innerjoin, passiveDeletes, viewonly,
                List.of(), List.of());
    }
}
