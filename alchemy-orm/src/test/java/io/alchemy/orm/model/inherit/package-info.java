/**
 * Inheritance mappings: mapped superclasses ({@link io.alchemy.orm.model.inherit.BaseEntity},
 * {@link io.alchemy.orm.model.inherit.NamedEntity}, {@link io.alchemy.orm.model.inherit.Person}) as JPA code bases
 * have them, a single-table hierarchy ({@link io.alchemy.orm.model.inherit.Pet}) and a joined-table one
 * ({@link io.alchemy.orm.model.inherit.Staff}), related to each other through their base classes.
 */
@NullMarked
package io.alchemy.orm.model.inherit;

import org.jspecify.annotations.NullMarked;
