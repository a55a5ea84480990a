/**
 * Owners, their pets (each of a {@link io.alchemy.samples.clinic.owner.PetType}) and the pets' visits: one aggregate
 * that the forms edit detached (kept in the HTTP session between the GET and the POST) and save with
 * {@code Session.merge}, and the owner page that loads it in three statements whatever its size.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.samples.clinic.owner;

import org.jspecify.annotations.NullMarked;
