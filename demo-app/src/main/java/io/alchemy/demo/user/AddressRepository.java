package io.alchemy.demo.user;

import io.alchemy.spring.data.AlchemyRepository;
import java.util.Collection;
import java.util.List;

/** Addresses, read for many users in one statement (no N+1). */
public interface AddressRepository extends AlchemyRepository<Address, Integer> {

    List<Address> findByUserIdInOrderById(Collection<Integer> userIds);

    long deleteByUserId(int userId);
}
