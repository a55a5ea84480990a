package io.alchemy.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link MatrixTest}: run it only on the databases whose dialect has every listed capability; the others'
 * invocations are reported as disabled, naming the missing capability. For tests that only make sense where the
 * construct exists: a test asserting the error where it is missing branches on the dialect instead.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresCapability {
    Capability[] value();
}
