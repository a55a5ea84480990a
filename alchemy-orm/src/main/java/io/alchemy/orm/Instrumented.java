package io.alchemy.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the build-time enhancer to instrument a class that is mapped imperatively onto a Core table
 * ({@link Registry#mapImperatively}) rather than declared with {@link Mapped}: every non-static, non-transient
 * field of the class is routed through the ORM's instance state.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Instrumented {
}
