package io.alchemy.spring.boot.autoconfigure.app;

import io.alchemy.orm.Session;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes through the injected Session, reads through the repository, in the same transactions. */
@Service
public class CustomerService {
    private final Session session;
    private final CustomerRepository customers;

    public CustomerService(Session session, CustomerRepository customers) {
        this.session = session;
        this.customers = customers;
    }

    @Transactional
    public Customer register(String name) {
        Customer customer = new Customer(name);
        session.add(customer);
        return customer;
    }

    /** Adds, then finds it through the repository before the commit (autoflush). */
    @Transactional
    public Optional<Customer> registerAndFind(String name) {
        session.add(new Customer(name));
        return customers.findByName(name);
    }

    @Transactional
    public void registerThenFail(String name) {
        register(name);
        throw new IllegalStateException("fails after registering " + name);
    }

    @Transactional(readOnly = true)
    public Customer renameReadOnly(int id, String name) {
        Customer customer = session.get(Customer.class, id);
        customer.setName(name);
        return customer;
    }
}
