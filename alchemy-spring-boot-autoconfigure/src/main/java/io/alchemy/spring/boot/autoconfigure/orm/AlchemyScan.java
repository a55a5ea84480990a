package io.alchemy.spring.boot.autoconfigure.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * Names the packages scanned for {@code @Mapped} classes, instead of the application's auto-configuration packages
 * (those of the {@code @SpringBootApplication} class), like Boot's {@code @EntityScan} does for JPA. Without packages
 * the annotated class's own package is scanned. Several {@code @AlchemyScan}s add up.
 *
 * <pre>{@code
 * @SpringBootApplication
 * @AlchemyScan(basePackageClasses = User.class)
 * class ShopApplication { }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import(AlchemyScanPackages.Registrar.class)
public @interface AlchemyScan {

    /** Alias for {@link #basePackages()}. */
    @AliasFor("basePackages")
    String[] value() default {};

    /** The packages to scan, with their sub-packages. */
    @AliasFor("value")
    String[] basePackages() default {};

    /** Classes whose packages are scanned (a type-safe alternative to {@link #basePackages()}). */
    Class<?>[] basePackageClasses() default {};
}
