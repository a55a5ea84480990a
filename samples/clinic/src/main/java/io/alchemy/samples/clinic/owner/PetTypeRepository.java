package io.alchemy.samples.clinic.owner;

import io.alchemy.spring.data.AlchemyRepository;
import java.util.List;

/** The pet types. */
public interface PetTypeRepository extends AlchemyRepository<PetType, Integer> {

    List<PetType> findAllByOrderByName();
}
