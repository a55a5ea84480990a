/**
 * The mapped superclasses every entity of the clinic extends: {@link io.alchemy.samples.clinic.model.BaseEntity}
 * (the primary key), {@link io.alchemy.samples.clinic.model.NamedEntity} (a name) and
 * {@link io.alchemy.samples.clinic.model.Person} (first and last name). They have no table of their own: each mapped
 * subclass gets their columns, with their Bean Validation constraints.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.samples.clinic.model;

import org.jspecify.annotations.NullMarked;
