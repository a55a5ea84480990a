package io.alchemy.orm;

import io.alchemy.orm.mapping.DeclaresMapping;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class mapped to a table (SQLAlchemy's declarative class with {@code __tablename__}). The fields that
 * carry {@link MappedColumn}, {@link Version} or {@link Relationship} are its attributes, in declaration order;
 * other fields are plain Java state the ORM ignores. A mapped class needs a no-argument constructor (it may be
 * {@code protected}), is enhanced at build time (see {@code docs/design/0005-orm-instrumentation.md}) and gets a
 * generated metamodel class {@code User_} with one typed static attribute per mapped field.
 *
 * <pre>{@code
 * @Mapped(table = "user_account")
 * public class User { @MappedColumn(primaryKey = true) Integer id; @MappedColumn(length = 30) String name; }
 * }</pre>
 */
@Documented
@DeclaresMapping
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Mapped {

    /** The table's name; by default the class's simple name in snake_case ({@code UserAccount} → {@code user_account}). */
    String table() default "";

    /** The schema of the table; by default the database's default schema. */
    String schema() default "";
}
