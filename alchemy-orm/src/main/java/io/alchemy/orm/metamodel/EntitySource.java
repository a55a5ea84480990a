package io.alchemy.orm.metamodel;

import io.alchemy.orm.mapping.Mapper;

/**
 * What a run of entity columns in a SELECT was made from, an {@link Entity} or an {@link Aliased} entity: the mapper
 * that turns the run into an object and the key the object has in the row.
 */
public interface EntitySource {

    /** The mapper of the entity's class. */
    Mapper<?> mapper();

    /** The key of the entity's object in a row: the class's simple name, or the alias's name. */
    String rowKey();
}
