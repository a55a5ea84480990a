package io.alchemy.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a field to related objects (SQLAlchemy's {@code relationship()}): a {@code List}/{@code Set} field holds a
 * collection (one-to-many, many-to-many), any other field one object (many-to-one, one-to-one). The target class is
 * the field's type (or the collection's element type); the direction and the join condition follow from the
 * foreign keys between the two tables, or from {@link #foreignKeys()} when there are several.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Relationship {

    /** The name of the attribute on the other side that mirrors this one; kept in sync in memory on assignment. */
    String backPopulates() default "";

    /** The target class, when the field's type does not say it (a raw collection); inferred by default. */
    Class<?> target() default void.class;

    /** The association table of a many-to-many relationship ({@code "user_keyword"}); none by default. */
    String secondary() default "";

    /**
     * The foreign key columns that make the join ({@code "address.user_id"}), when the tables have several foreign
     * keys between them; inferred by default.
     */
    String[] foreignKeys() default {};

    /** Columns of the target table ordering a collection ({@code "email_address"}, {@code "id DESC"}). */
    String[] orderBy() default {};

    /** The cascades, as SQLAlchemy writes them: {@code "save-update, merge"} (default), {@code "all, delete-orphan"}, … */
    String cascade() default "save-update, merge";

    /** How the relationship loads by default. */
    Lazy lazy() default Lazy.SELECT;

    /** For {@link Lazy#JOINED}: an INNER JOIN rather than a LEFT OUTER JOIN. */
    boolean innerjoin() default false;

    /** Leave deleting children to the database's ON DELETE CASCADE instead of loading them. */
    boolean passiveDeletes() default false;

    /** A read-only relationship: changes to it are not flushed. */
    boolean viewonly() default false;
}
