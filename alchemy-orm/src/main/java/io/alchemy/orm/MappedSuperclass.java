package io.alchemy.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class whose mapped fields ({@link MappedColumn}, {@link Version}, {@link Relationship}) are inherited by
 * the {@link Mapped} classes extending it, each of which maps them to columns of its own table (JPA's
 * {@code @MappedSuperclass}; SQLAlchemy's declarative mixin or {@code __abstract__} base). The class itself has no
 * table and no mapper: it cannot be queried or added to a Session. It may be abstract, may extend another mapped
 * superclass, and its fields keep their Bean Validation constraints. Its fields come first in the subclass's table,
 * the topmost superclass's first. It is enhanced at build time like a mapped class, so reads and writes of its fields
 * in its own methods are tracked.
 *
 * <pre>{@code
 * @MappedSuperclass
 * public abstract class BaseEntity { @MappedColumn(primaryKey = true) protected Integer id; }
 * @MappedSuperclass
 * public abstract class NamedEntity extends BaseEntity { @MappedColumn @NotBlank protected String name; }
 * @Mapped(table = "types")
 * public class PetType extends NamedEntity { }        // table types (id, name)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MappedSuperclass {
}
