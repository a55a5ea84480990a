/**
 * The ORM's API, what applications write: {@link io.alchemy.orm.Session}, {@link io.alchemy.orm.SessionFactory} and
 * {@link io.alchemy.orm.SessionOptions}, the {@link io.alchemy.orm.Registry} and the mapping annotations
 * ({@link io.alchemy.orm.Mapped}, {@link io.alchemy.orm.MappedColumn}, {@link io.alchemy.orm.Relationship}…), loader
 * options, {@code aliased}, {@link io.alchemy.orm.SessionEvents}. The top layer: its subpackages never refer to it;
 * it reads the annotations and translates them into the mapping model.
 */
@NullMarked
package io.alchemy.orm;

import org.jspecify.annotations.NullMarked;
