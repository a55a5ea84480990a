package io.alchemy.sample.gadgets;

import io.alchemy.spring.data.AlchemyRepository;
import java.util.List;
import java.util.stream.Stream;

/** Found by the auto-configuration in the application's package. */
public interface GadgetRepository extends AlchemyRepository<Gadget, Integer> {

    List<Gadget> findByNameStartingWith(String prefix);

    long deleteByName(String name);

    Stream<Gadget> streamByNameNotNullOrderByName();
}
