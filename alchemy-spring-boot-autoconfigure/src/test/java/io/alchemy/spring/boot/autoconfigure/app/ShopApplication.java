package io.alchemy.spring.boot.autoconfigure.app;

import io.alchemy.spring.boot.autoconfigure.orm.AlchemyScan;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small Boot application over the test model: a @Transactional service, a repository, every auto-configuration. */
@SpringBootApplication
@AlchemyScan(basePackageClasses = Customer.class)
public class ShopApplication {
}
