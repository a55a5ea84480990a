package io.alchemy.spring.boot.autoconfigure.data.sample;

import io.alchemy.spring.data.AlchemyRepository;
import java.util.List;

/** Found by the auto-configuration in the application's package. */
public interface GadgetRepository extends AlchemyRepository<Gadget, Integer> {

    List<Gadget> findByNameStartingWith(String prefix);

    long deleteByName(String name);
}
