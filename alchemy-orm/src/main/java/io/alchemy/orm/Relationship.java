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

    /**
     * The association table of a many-to-many relationship ({@code "user_keyword"}); none by default. When no mapped
     * class or Core table defines it, the registry defines it from this relationship (JPA's {@code @JoinTable}) when it
     * is configured: {@link #joinColumns()} referring to this class's primary key, {@link #inverseJoinColumns()} to the
     * target's, all NOT NULL and together its primary key; it is then created and validated with the mapped tables.
     */
    String secondary() default "";

    /**
     * The columns holding this class's key (JPA's {@code @JoinColumn} / {@code @JoinTable(joinColumns)}):
     * <ul>
     * <li>on a one-to-many, the foreign key column in the target's table when the target maps no attribute for it
     * ({@code @Relationship(joinColumns = "owner_id") List<Pet> pets}): the column is added to the target's table
     * (nullable, referring to this class's primary key) and written by the flush: set when a child is added, NULL
     * when it is removed (or the child deleted with {@code delete-orphan});</li>
     * <li>on a many-to-many, the association table's columns referring to this class (default
     * {@code <table>_<primary key column>}).</li>
     * </ul>
     */
    String[] joinColumns() default {};

    /**
     * On a many-to-many, the association table's columns referring to the target class (JPA's
     * {@code @JoinTable(inverseJoinColumns)}); default {@code <target table>_<primary key column>}.
     */
    String[] inverseJoinColumns() default {};

    /**
     * The foreign key columns that make the join ({@code "address.user_id"}), when the tables have several foreign
     * keys between them; inferred by default.
     */
    String[] foreignKeys() default {};

    /**
     * How a collection is ordered: attributes of the target class, each optionally followed by {@code ASC} or
     * {@code DESC} ({@code "name"}, {@code "birthDate desc"}, {@code "lastName, firstName"}); a column name of the
     * target table is accepted too. Checked when the registry is configured: an unknown attribute is an
     * {@link io.alchemy.exc.ArgumentError} naming the entity, the relationship and the attribute.
     */
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
