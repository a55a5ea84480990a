package io.alchemy.samples.clinic.vet;

import io.alchemy.spring.data.AlchemyRepository;

/** Specialties. */
public interface SpecialtyRepository extends AlchemyRepository<Specialty, Integer> {
}
