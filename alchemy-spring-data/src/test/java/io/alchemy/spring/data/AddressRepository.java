package io.alchemy.spring.data;

import io.alchemy.spring.data.model.Address;
import java.util.List;

/** Derived queries through a many-to-one relationship. */
public interface AddressRepository extends AlchemyRepository<Address, Integer> {

    List<Address> findByUserNameOrderById(String name);

    long countByUserActiveTrue();

    List<Address> findByEmailAddressContainingOrderByUserNameDescIdAsc(String infix);

    List<Address> findByUserNameStartingWithAndEmailAddressContainingOrderById(String prefix, String infix);
}
