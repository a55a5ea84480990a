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
 *
 * <p><b>Inheritance</b> (SQLAlchemy's single-table and joined-table inheritance). A mapped class extending another
 * mapped class is mapped as a subclass of it: queries of the base return instances of the subclasses, chosen by the
 * base's discriminator column ({@link #polymorphicOn()}) whose value for each class is its
 * {@link #polymorphicIdentity()}. A subclass that names no {@link #table()} shares its parent's table (single-table
 * inheritance: its own columns are added to that table, NULL allowed, and a query of the subclass filters on the
 * discriminator); one that names a table gets a table of its own holding its own columns and a primary key that is
 * also a foreign key to the parent's (joined-table inheritance: its rows are written after the parent's and read
 * joined to them). The primary key is inherited, never redeclared. Fields of a {@link MappedSuperclass} are
 * inherited without any of this.
 *
 * <pre>{@code
 * @Mapped(table = "pet", polymorphicOn = "kind")
 * public abstract class Pet { @MappedColumn(primaryKey = true) Integer id; @MappedColumn String kind; … }
 * @Mapped(polymorphicIdentity = "dog")                    // single-table: in table pet
 * public class Dog extends Pet { @MappedColumn @Nullable String bark; }
 * @Mapped(table = "cat", polymorphicIdentity = "cat")     // joined-table: cat(id → pet.id, lives)
 * public class Cat extends Pet { @MappedColumn int lives; }
 * session.scalars(select(Pet.class)).all();               // [Dog(…), Cat(…)]
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

    /**
     * On the base class of an inheritance hierarchy, the attribute holding the discriminator (SQLAlchemy's
     * {@code polymorphic_on}): the name of a {@link MappedColumn} field whose value says which class a row is. The
     * flush sets it to the {@link #polymorphicIdentity()} of the object's class when it inserts the object. None by
     * default.
     */
    String polymorphicOn() default "";

    /**
     * The discriminator value of the rows of this class (SQLAlchemy's {@code polymorphic_identity}), converted to the
     * discriminator field's type; required on every concrete class of a hierarchy, unique within it. None by
     * default (an abstract base has none).
     */
    String polymorphicIdentity() default "";

    /**
     * On a subclass, how a query of its base class loads the subclass's own columns (SQLAlchemy's
     * {@code polymorphic_load}): by default {@link PolymorphicLoad#INLINE inline} in the same SELECT for a
     * single-table subclass, with {@link PolymorphicLoad#SELECTIN one SELECT per subclass} after the rows for a
     * joined-table one. {@code INLINE} is refused on a joined-table subclass (its columns are in another table).
     */
    PolymorphicLoad polymorphicLoad() default PolymorphicLoad.DEFAULT;
}
