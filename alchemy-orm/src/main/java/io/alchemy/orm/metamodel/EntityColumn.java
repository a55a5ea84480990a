package io.alchemy.orm.metamodel;

import org.jspecify.annotations.Nullable;

/** A column that may stand for part of an entity in a SELECT: the entity (or aliased entity) it belongs to. */
public interface EntityColumn {

    /** What this column's run of entity columns was made from, or {@code null} when it is a plain column. */
    @Nullable EntitySource entitySource();
}
