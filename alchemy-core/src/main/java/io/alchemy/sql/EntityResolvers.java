package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

/** The {@link EntityResolver}s on the class path, asked in turn for a mapped class. */
final class EntityResolvers {
    private static volatile List<EntityResolver> resolvers;

    private EntityResolvers() {
    }

    private static List<EntityResolver> all() {
        List<EntityResolver> result = resolvers;
        if (result == null) {
            result = ServiceLoader.load(EntityResolver.class, EntityResolver.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get).toList();
            resolvers = result;
        }
        return result;
    }

    /** The FROM element of a mapped class in a SELECT; {@link ArgumentError} naming the class when none maps it. */
    static <T> EntityClause<T> selectable(Class<T> entityClass) {
        return resolve(entityClass, r -> r.selectable(entityClass));
    }

    /** The table a DML statement of a mapped class writes; {@link ArgumentError} naming the class when unmapped. */
    static TableClause table(Class<?> entityClass) {
        return resolve(entityClass, r -> r.table(entityClass));
    }

    private static <R> R resolve(Class<?> entityClass, Function<EntityResolver, R> ask) {
        if (entityClass == null) {
            throw new ArgumentError("A mapped class is required; got null");
        }
        List<EntityResolver> known = all();
        for (EntityResolver resolver : known) {
            R found = ask.apply(resolver);
            if (found != null) {
                return found;
            }
        }
        throw new ArgumentError(known.isEmpty()
                ? "Class " + entityClass.getName() + " was given where a table or column was expected, and no "
                        + "EntityResolver is on the class path to map it (add alchemy-orm and map the class)"
                : "Class " + entityClass.getName() + " is not mapped: map it with a Registry (Registry.of("
                        + entityClass.getSimpleName() + ".class), Registry.scan(…) or mapImperatively) before using "
                        + "it in a statement");
    }
}
