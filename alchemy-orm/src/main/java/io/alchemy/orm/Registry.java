package io.alchemy.orm;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.MapperRegistry;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps classes to tables (SQLAlchemy's {@code registry}): each mapped class gets a {@link Mapper}, and each
 * declarative class's {@link Table} goes into the registry's {@link MetaData}, in the order the classes are given, so
 * {@code registry.metadata().createAll(engine)} creates them. As in SQLAlchemy a class is mapped by one registry at a
 * time (the metamodel, queries and Sessions find its mapper by class); {@link #dispose()} unmaps a registry's classes.
 *
 * <pre>{@code
 * Registry registry = Registry.of(User.class, Address.class);      // or Registry.scan("com.example.model")
 * registry.metadata().createAll(engine);
 * }</pre>
 */
public final class Registry implements MapperRegistry {
    private static final Object LOCK = new Object();

    private final MetaData metadata;
    private final Map<Class<?>, Mapper<?>> mappers = new LinkedHashMap<>();
    private volatile boolean disposed;

    /** An empty registry with a MetaData of its own. */
    public Registry() {
        this(new MetaData());
    }

    /** An empty registry whose declarative classes put their tables into {@code metadata}. */
    public Registry(MetaData metadata) {
        this.metadata = java.util.Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * The registry mapping these {@link Mapped} classes, configured (relationships resolved), tables in the order the
     * classes are given. When every class is already mapped by one registry, that registry is returned: the mapping
     * of annotated classes never differs, so asking twice is harmless. {@link InvalidRequestError} when some of the
     * classes are mapped by another registry.
     */
    public static Registry of(Class<?>... classes) {
        synchronized (LOCK) {
            Registry existing = existingFor(classes);
            if (existing != null) {
                return existing;
            }
            Registry registry = new Registry();
            try {
                registry.map(classes);
                registry.configure();
            } catch (RuntimeException e) {
                registry.dispose();
                throw e;
            }
            return registry;
        }
    }

    /** {@link #of} for every {@link Mapped} class in these packages and their sub-packages, by class name. */
    public static Registry scan(String... packageNames) {
        List<Class<?>> found = new ArrayList<>();
        for (String packageName : packageNames) {
            found.addAll(PackageScanner.mappedClasses(packageName));
        }
        if (found.isEmpty()) {
            throw new ArgumentError("No @Mapped class found in packages " + Arrays.toString(packageNames));
        }
        return of(found.toArray(Class<?>[]::new));
    }

    private static Registry existingFor(Class<?>... classes) {
        Set<Registry> owners = new LinkedHashSet<>();
        int unmapped = 0;
        for (Class<?> type : classes) {
            Mapper<?> mapper = Mappers.current(type);
            if (mapper == null) {
                unmapped++;
            } else {
                owners.add((Registry) mapper.registry());
            }
        }
        if (owners.isEmpty()) {
            return null;
        }
        if (owners.size() == 1 && unmapped == 0) {
            return owners.iterator().next();
        }
        throw new InvalidRequestError("Classes " + Arrays.stream(classes).map(Class::getSimpleName).toList()
                + " are partly mapped by another Registry already; a class is mapped by one registry at a time: use "
                + "that registry, or dispose() it first");
    }

    /** Maps more {@link Mapped} classes into this registry; their tables go into its MetaData. Returns this registry. */
    public Registry map(Class<?>... classes) {
        synchronized (LOCK) {
            checkOpen();
            List<Class<?>> batch = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(classes)));
            batch.sort(java.util.Comparator.comparingInt(MappedFields::depth));     // mapped superclasses first
            for (Class<?> type : batch) {
                checkUnmapped(type);
                add(DeclarativeMapping.map(type, this, batch));
            }
            return this;
        }
    }

    /**
     * Maps {@code type} onto an existing Core {@code table} (SQLAlchemy's {@code map_imperatively}): each column is
     * held by the field of the same name in camelCase ({@code email_address} → {@code emailAddress}) or of exactly
     * its name; fields with {@link Relationship} are relationships. The class must be enhanced ({@link Instrumented}).
     */
    public <T> Mapper<T> mapImperatively(Class<T> type, Table table) {
        return mapImperatively(type, table, Map.of());
    }

    /** {@link #mapImperatively(Class, Table)} with explicit field name → column name pairs for the others. */
    public <T> Mapper<T> mapImperatively(Class<T> type, Table table, Map<String, String> fieldToColumn) {
        synchronized (LOCK) {
            checkOpen();
            checkUnmapped(type);
            Mapper<T> mapper = ImperativeMapping.map(type, table, fieldToColumn, this);
            add(mapper);
            return mapper;
        }
    }

    private void checkUnmapped(Class<?> type) {
        Mapper<?> current = Mappers.current(type);
        if (current != null) {
            throw new InvalidRequestError("Class " + type.getName() + " is already mapped"
                    + (current.registry() == this ? " by this registry" : " by another Registry; dispose() it first"));
        }
    }

    private void add(Mapper<?> mapper) {
        mappers.put(mapper.entityClass(), mapper);
        Mappers.register(mapper);
    }

    /**
     * Resolves every relationship (targets, directions, join columns, back-populated mirrors), reporting the first
     * misconfiguration as an {@link ArgumentError}; done by {@link #of} and otherwise on first use.
     */
    public void configure() {
        for (Mapper<?> mapper : mappers.values()) {
            for (RelationshipProperty relationship : mapper.relationships()) {
                relationship.configure(this);
            }
        }
    }

    /** The MetaData holding the tables of the declarative classes. */
    @Override
    public MetaData metadata() {
        return metadata;
    }

    /** The mapper of {@code type} in this registry; {@link io.alchemy.orm.exc.UnmappedClassError} when it has none. */
    @SuppressWarnings("unchecked")
    public <T> Mapper<T> mapper(Class<T> type) {
        Mapper<?> mapper = mappers.get(type);
        if (mapper == null) {
            throw new io.alchemy.orm.exc.UnmappedClassError("Class " + type.getName() + " is not mapped by this registry; "
                    + "it maps " + mappers.keySet().stream().map(Class::getSimpleName).toList());
        }
        return (Mapper<T>) mapper;
    }

    @Override
    public @Nullable Mapper<?> mapperOrNull(Class<?> type) {
        return mappers.get(type);
    }

    /** The mappers, in mapping order. */
    public List<Mapper<?>> mappers() {
        return List.copyOf(mappers.values());
    }

    /** Unmaps every class of this registry, so that another registry may map them; this registry is unusable after. */
    public void dispose() {
        synchronized (LOCK) {
            mappers.values().forEach(Mappers::unregister);
            disposed = true;
        }
    }

    private void checkOpen() {
        if (disposed) {
            throw new InvalidRequestError("This Registry was disposed");
        }
    }

    /**
     * The mapper of a class, whichever registry maps it (or of its nearest mapped superclass);
     * {@link io.alchemy.orm.exc.UnmappedClassError} saying how to map it when none does.
     */
    public static <T> Mapper<T> mapperFor(Class<T> type) {
        return Mappers.of(type);
    }

    @Override
    public String toString() {
        return "Registry" + mappers.keySet().stream().map(Class::getSimpleName).toList();
    }
}
