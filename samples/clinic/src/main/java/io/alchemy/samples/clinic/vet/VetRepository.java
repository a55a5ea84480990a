package io.alchemy.samples.clinic.vet;

import io.alchemy.spring.data.AlchemyRepository;

/** Vets: CRUD and paging. */
public interface VetRepository extends AlchemyRepository<Vet, Integer> {
}
