package io.alchemy.spring.data.config;

import io.alchemy.spring.data.support.AlchemyRepositoryFactoryBean;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.support.BeanNameGenerator;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.config.DefaultRepositoryBaseClass;
import org.springframework.data.repository.query.QueryLookupStrategy;

/**
 * Turns interfaces extending {@link io.alchemy.spring.data.AlchemyRepository} into beans (Spring Boot does it for the
 * application's packages without this annotation; use it to choose other packages or settings). The repositories use
 * the application's {@link io.alchemy.orm.Session} bean.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(AlchemyRepositoriesRegistrar.class)
public @interface EnableAlchemyRepositories {

    /** Alias for {@link #basePackages()}. */
    String[] value() default {};

    /** Packages to scan for repository interfaces; the annotated class's package when empty. */
    String[] basePackages() default {};

    /** Classes whose packages are scanned, a type-safe {@link #basePackages()}. */
    Class<?>[] basePackageClasses() default {};

    /** Which interfaces qualify, beyond extending a repository interface. */
    Filter[] includeFilters() default {};

    /** Interfaces to leave out. */
    Filter[] excludeFilters() default {};

    /** The suffix of custom fragment implementations: {@code UserStatsImpl} for {@code UserStats}. */
    String repositoryImplementationPostfix() default "Impl";

    /** Where named queries are read from (unused by Alchemy, kept for Spring Data's configuration). */
    String namedQueriesLocation() default "";

    /** How query methods are resolved: {@code @Query} first, else derived from the method name. */
    QueryLookupStrategy.Key queryLookupStrategy() default QueryLookupStrategy.Key.CREATE_IF_NOT_FOUND;

    /** The factory bean of each repository. */
    Class<?> repositoryFactoryBeanClass() default AlchemyRepositoryFactoryBean.class;

    /** A base class for the repositories instead of {@code SimpleAlchemyRepository}. */
    Class<?> repositoryBaseClass() default DefaultRepositoryBaseClass.class;

    /** The bean name generator of repository beans. */
    Class<? extends BeanNameGenerator> nameGenerator() default BeanNameGenerator.class;

    /** Whether repository interfaces nested in other classes count. */
    boolean considerNestedRepositories() default false;

    /**
     * Whether repository methods run in transactions of their own when called outside one (read-only for reads), like
     * Spring Data JPA's; needs a transaction manager bean.
     */
    boolean enableDefaultTransactions() default true;

    /** When repositories are created: at start-up by default. */
    BootstrapMode bootstrapMode() default BootstrapMode.DEFAULT;
}
