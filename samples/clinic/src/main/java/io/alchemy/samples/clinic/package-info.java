/**
 * A veterinary clinic on the Alchemy starter: owners and their pets and visits ({@code owner}), vets and their
 * specialties ({@code vet}), seeded with pet types and vets at start-up.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.samples.clinic;

import org.jspecify.annotations.NullMarked;
