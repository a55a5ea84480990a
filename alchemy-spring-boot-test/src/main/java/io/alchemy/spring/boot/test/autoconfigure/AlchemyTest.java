package io.alchemy.spring.boot.test.autoconfigure;

import io.alchemy.spring.boot.autoconfigure.schema.DdlAuto;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.core.env.Environment;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test of the persistence layer alone, like Boot's {@code @DataJpaTest}: only Alchemy's auto-configuration (the
 * Engine, Registry, SessionFactory, transaction-bound Session, exception translation and repositories) with the
 * DataSource, transaction manager, {@code JdbcTemplate}/{@code JdbcClient} and database initialization it needs; no
 * web layer, no other components. The DataSource is replaced by an embedded one unless
 * {@code @AutoConfigureTestDatabase(replace = Replace.NONE)} (or {@code spring.test.database.replace=none}) keeps
 * the configured database; the mapped tables are created when missing ({@link #ddlAuto()}); each test runs in a
 * transaction rolled back at its end ({@code @Transactional}; {@code @Rollback(false)} or
 * {@code @Transactional(propagation = NOT_SUPPORTED)} to change that).
 *
 * <pre>{@code
 * @AlchemyTest
 * class UserRepositoryTest {
 *     @Autowired UserRepository users;
 *     @Autowired Session session;
 *     @Test void findsByName() { session.add(new User("sandy", "Sandy Cheeks")); … }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(AlchemyTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(AlchemyTypeExcludeFilter.class)
@Transactional
@AutoConfigureAlchemy
@AutoConfigureTestDatabase
@ImportAutoConfiguration
public @interface AlchemyTest {

    /** Properties in {@code key=value} form added to the {@link Environment} before the test runs. */
    String[] properties() default {};

    /** {@code alchemy.ddl-auto} for the test: by default the mapped tables are created when missing, never dropped. */
    @PropertyMapping("alchemy.ddl-auto")
    DdlAuto ddlAuto() default DdlAuto.CREATE;

    /** Whether the application's {@code @ComponentScan} filters apply (they include no component by default). */
    boolean useDefaultFilters() default true;

    /** Components to add to the slice, e.g. {@code @Filter(Repository.class)} for Core DAOs. */
    Filter[] includeFilters() default {};

    /** Components to leave out of the slice. */
    Filter[] excludeFilters() default {};

    /** Auto-configurations to leave out. */
    @AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
    Class<?>[] excludeAutoConfiguration() default {};
}
