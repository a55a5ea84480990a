/**
 * The mapping model: a {@link io.alchemy.orm.mapping.Mapper} per mapped class, its column and relationship
 * properties, join columns, cascades and loading strategies, in the model's own terms (the API package translates
 * the annotations into them).
 */
@NullMarked
package io.alchemy.orm.mapping;

import org.jspecify.annotations.NullMarked;
