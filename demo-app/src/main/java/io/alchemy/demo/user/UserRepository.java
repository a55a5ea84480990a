package io.alchemy.demo.user;

import io.alchemy.spring.data.AlchemyRepository;

/** Users: CRUD and paging from {@link AlchemyRepository}, lookups derived from the method names. */
public interface UserRepository extends AlchemyRepository<User, Integer> {

    boolean existsByName(String name);
}
