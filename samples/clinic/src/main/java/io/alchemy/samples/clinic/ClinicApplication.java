package io.alchemy.samples.clinic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The clinic: Spring MVC pages over Alchemy's Session and repositories; the tables are created from the mapped
 * classes at start-up ({@code alchemy.ddl-auto=create}) and {@link ClinicData} adds the pet types and vets.
 */
@SpringBootApplication
public class ClinicApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClinicApplication.class, args);
    }
}
