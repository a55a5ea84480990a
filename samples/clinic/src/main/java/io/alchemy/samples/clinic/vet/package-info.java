/**
 * Vets and their specialties, a many-to-many through the {@code vet_specialty} association table.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.samples.clinic.vet;

import org.jspecify.annotations.NullMarked;
