package io.alchemy.spring.boot.test.autoconfigure;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the slice tests find by searching upwards from their package. */
@SpringBootApplication
public class SliceApplication {
}
