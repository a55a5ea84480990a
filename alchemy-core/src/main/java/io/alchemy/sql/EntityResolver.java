package io.alchemy.sql;

import org.jspecify.annotations.Nullable;

/**
 * Service provider interface through which Core statements accept a mapped class where they take a table or
 * columns: {@code select(User.class)}, {@code insert(User.class)}, {@code update(User.class)},
 * {@code delete(User.class)}, {@code join(Address.class)}. Implementations are found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.alchemy.sql.EntityResolver}); alchemy-orm provides
 * one, so Core never depends on the ORM. A resolver returns {@code null} for a class it does not map, and the next
 * one is asked; when none maps it, the statement raises {@link io.alchemy.exc.ArgumentError} naming the class.
 */
public interface EntityResolver {

    /** The FROM element standing for {@code entityClass} in a SELECT, or {@code null} when it is not mapped here. */
    <T> @Nullable EntityClause<T> selectable(Class<T> entityClass);

    /** The table an INSERT, UPDATE or DELETE of {@code entityClass} writes, or {@code null} when not mapped here. */
    @Nullable TableClause table(Class<?> entityClass);
}
