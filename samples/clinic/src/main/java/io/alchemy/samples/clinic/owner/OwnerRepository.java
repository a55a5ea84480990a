package io.alchemy.samples.clinic.owner;

import io.alchemy.spring.data.AlchemyRepository;

/** Owners: CRUD and paging; the search by last name is a Core condition on {@code Owner_.lastName}. */
public interface OwnerRepository extends AlchemyRepository<Owner, Integer> {
}
