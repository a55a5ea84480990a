package io.alchemy.spring.boot.autoconfigure.app;

import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import io.alchemy.spring.data.AlchemyRepository;
import java.util.Optional;

/** Found in the application's package by the repositories auto-configuration. */
public interface CustomerRepository extends AlchemyRepository<Customer, Integer> {

    Optional<Customer> findByName(String name);
}
