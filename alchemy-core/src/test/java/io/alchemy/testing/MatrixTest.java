package io.alchemy.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test once per database of the matrix (see {@link DatabaseMatrix}); the method takes a
 * {@link TestDatabase} parameter holding a fresh, empty database. Reports show {@code name [database]}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseMatrix.class)
public @interface MatrixTest {
}
