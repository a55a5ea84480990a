package io.alchemy.orm.mapping;

import io.alchemy.orm.exc.UnmappedClassError;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The process-wide map from a class to its mapper: as in SQLAlchemy, a class is mapped by one registry at a time,
 * so {@code User_.name}, {@code select(User.class)} and a Session all agree on its table without being told which
 * registry to use. {@code io.alchemy.orm.Registry#dispose()} unmaps the classes of a registry.
 */
public final class Mappers {
    private static final Map<Class<?>, Mapper<?>> MAPPERS = new ConcurrentHashMap<>();

    private Mappers() {
    }

    /** The mapper registered for exactly {@code type}, or {@code null}. */
    public static @Nullable Mapper<?> current(Class<?> type) {
        return MAPPERS.get(type);
    }

    /** The mapper of {@code type} or of its nearest mapped superclass, or {@code null}. */
    @SuppressWarnings("unchecked")
    public static <T> @Nullable Mapper<T> find(Class<T> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Mapper<?> mapper = MAPPERS.get(c);
            if (mapper != null) {
                return (Mapper<T>) mapper;
            }
        }
        return null;
    }

    /** The mapper of {@code type} or of its nearest mapped superclass; {@link UnmappedClassError} when none. */
    public static <T> Mapper<T> of(Class<T> type) {
        Mapper<T> found = find(type);
        if (found != null) {
            return found;
        }
        String hint = annotatedMapped(type) ? "it is annotated @Mapped but no Registry maps it yet"
                : "it is neither annotated @Mapped nor mapped imperatively";
        throw new UnmappedClassError("Class " + type.getName() + " is not mapped (" + hint + "); map it with "
                + "Registry.of(" + type.getSimpleName() + ".class, …), Registry.scan(\"package\") or "
                + "registry.mapImperatively(…) before using it");
    }

    /** Whether {@code type} carries an annotation that declares it mapped ({@code @Mapped}). */
    private static boolean annotatedMapped(Class<?> type) {
        return Arrays.stream(type.getDeclaredAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(DeclaresMapping.class));
    }

    /** Makes {@code mapper} the mapper of its class. */
    public static void register(Mapper<?> mapper) {
        MAPPERS.put(mapper.entityClass(), mapper);
    }

    /** Forgets {@code mapper} when it is still its class's mapper. */
    public static void unregister(Mapper<?> mapper) {
        if (MAPPERS.remove(mapper.entityClass(), mapper) && mapper.hierarchy() != null) {
            mapper.hierarchy().unregister();
        }
    }
}
