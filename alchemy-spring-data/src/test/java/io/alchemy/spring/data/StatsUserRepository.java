package io.alchemy.spring.data;

import io.alchemy.spring.data.model.User;
import java.util.List;

/** A repository with a custom fragment beside derived queries. */
public interface StatsUserRepository extends AlchemyRepository<User, Integer>, UserStats {

    List<User> findByActiveOrderById(boolean active);
}
