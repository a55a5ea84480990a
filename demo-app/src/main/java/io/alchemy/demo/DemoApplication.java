package io.alchemy.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The tutorial's users and their email addresses as a small REST service: Alchemy's Engine comes from the starter,
 * the tables from {@link DemoSchema}, the SQL from {@link UserService}.
 */
@SpringBootApplication
public class DemoApplication {

    public static void main(String[] args) {
        SpringApplication.run(DemoApplication.class, args);
    }
}
