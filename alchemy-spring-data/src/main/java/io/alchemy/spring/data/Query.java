package io.alchemy.spring.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Textual SQL for a repository method, run as Alchemy's {@code text()} with named bind parameters ({@code :name})
 * bound from the method's parameters by name (compile with {@code -parameters}, or use {@code @Param}):
 *
 * <pre>{@code
 * @Query("SELECT * FROM user_account WHERE name LIKE :pattern ORDER BY id")
 * List<User> search(String pattern);
 * }</pre>
 *
 * A method returning the repository's mapped class needs the primary key column among the SQL's result columns: the
 * objects are loaded through the Session (so they are the identity map's). A record type is filled from the columns of
 * the same names as its components; a scalar type from the first column. With {@link #modifying()} the SQL is an
 * INSERT, UPDATE or DELETE and the method returns the row count (or nothing).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Query {

    /** The SQL, with {@code :name} bind parameters. */
    String value();

    /** Whether the SQL changes rows rather than selects them. */
    boolean modifying() default false;
}
