package io.alchemy.orm.mapping;

import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.Column;
import io.alchemy.schema.Table;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one class maps to one table (SQLAlchemy's {@code Mapper}): its column attributes in declaration order, its
 * relationships, its primary key and version counter. Made by a registry ({@code io.alchemy.orm.Registry}); immutable once made.
 *
 * @param <T> the mapped class
 */
public final class Mapper<T> {
    private final Class<T> entityClass;
    private final MapperRegistry registry;
    private final Table table;
    private final List<ColumnProperty> columnProperties;
    private final List<RelationshipProperty> relationships;
    private final Map<String, MapperProperty> byName = new LinkedHashMap<>();
    private final Map<Column<?>, ColumnProperty> byColumn = new LinkedHashMap<>();
    private final List<ColumnProperty> primaryKey;
    private final ColumnProperty versionCounter;
    private final @Nullable MethodHandle constructor;
    private final @Nullable MapperHierarchy hierarchy;
    private final Class<?> identityClass;
    private final @Nullable SliceRole sliceRole;

    /** Which table of a joined-inheritance row a {@link MapperHierarchy#tableMappers() table mapper} writes. */
    public enum SliceRole {
        /** The base table: written first, deleted last. */
        BASE,
        /** A table between the base's and the class's own. */
        MIDDLE,
        /** The class's own table: written last, deleted first. */
        LOCAL
    }

    /** A mapper of {@code entityClass} onto {@code table}, made by {@code registry}. */
    public Mapper(Class<T> entityClass, MapperRegistry registry, Table table, List<ColumnProperty> columnProperties,
            List<RelationshipProperty> relationships) {
        this(entityClass, registry, table, columnProperties, relationships, null);
    }

    /**
     * A mapper of {@code entityClass}, made by {@code registry}, taking its place in an inheritance hierarchy as
     * {@code hierarchy} declares ({@code null}: none); {@code table} is the hierarchy's base table, whose primary key
     * identifies the rows, and the column properties include the inherited ones, first.
     */
    public Mapper(Class<T> entityClass, MapperRegistry registry, Table table, List<ColumnProperty> columnProperties,
            List<RelationshipProperty> relationships, MapperHierarchy.@Nullable Declaration hierarchy) {
        this(entityClass, registry, table, columnProperties, relationships, hierarchy, null);
    }

    /** A table mapper of a joined-inheritance class: the columns of one of its tables ({@link MapperHierarchy}). */
    static <T> Mapper<T> slice(Mapper<T> of, Table table, List<ColumnProperty> columns, SliceRole role) {
        return new Mapper<>(of.entityClass, of.registry, table, columns, List.of(), null, role);
    }

    private Mapper(Class<T> entityClass, MapperRegistry registry, Table table, List<ColumnProperty> columnProperties,
            List<RelationshipProperty> relationships, MapperHierarchy.@Nullable Declaration hierarchy,
            @Nullable SliceRole sliceRole) {
        this.entityClass = entityClass;
        this.registry = registry;
        this.table = table;
        this.columnProperties = List.copyOf(columnProperties);
        this.relationships = List.copyOf(relationships);
        for (ColumnProperty property : columnProperties) {
            property.attach(this);
            byName.put(property.name(), property);
            byColumn.put(property.column(), property);
        }
        for (RelationshipProperty relationship : relationships) {
            relationship.attach(this);
            if (byName.putIfAbsent(relationship.name(), relationship) != null) {
                throw new ArgumentError(entityClass.getSimpleName() + " maps attribute '" + relationship.name() + "' twice");
            }
        }
        this.primaryKey = primaryKeyOf(table);
        this.versionCounter = columnProperties.stream().filter(ColumnProperty::isVersionCounter).findFirst().orElse(null);
        this.constructor = java.lang.reflect.Modifier.isAbstract(entityClass.getModifiers()) ? null
                : noArgumentConstructor(entityClass);
        this.sliceRole = sliceRole;
        this.hierarchy = hierarchy == null ? null : new MapperHierarchy(this, hierarchy);
        this.identityClass = this.hierarchy == null ? entityClass : this.hierarchy.root().entityClass();
        if (this.hierarchy != null) {
            this.hierarchy.register();
        }
    }

    private List<ColumnProperty> primaryKeyOf(Table mapped) {
        if (mapped.primaryKey().isEmpty()) {
            throw new ArgumentError("Mapper for " + entityClass.getName() + " could not assemble any primary key "
                    + "columns for mapped table '" + mapped.name() + "'; mark one with @MappedColumn(primaryKey = true)");
        }
        List<ColumnProperty> key = new ArrayList<>();
        for (Column<?> column : mapped.primaryKey().columns()) {
            ColumnProperty property = byColumn.get(column);
            if (property == null) {
                throw new ArgumentError("Mapper for " + entityClass.getName() + " maps no field to primary key column '"
                        + mapped.name() + "." + column.name() + "'");
            }
            key.add(property);
        }
        return List.copyOf(key);
    }

    private static MethodHandle noArgumentConstructor(Class<?> type) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            return lookup.findConstructor(type, MethodType.methodType(void.class)).asType(MethodType.methodType(Object.class));
        } catch (NoSuchMethodException e) {
            throw new ArgumentError("Mapped class " + type.getName() + " needs a no-argument constructor (it may be "
                    + "protected or private) so that the ORM can create instances for loaded rows", e);
        } catch (IllegalAccessException e) {
            throw new ArgumentError("Mapped class " + type.getName() + " is not accessible to Alchemy; open its package "
                    + "to io.alchemy.orm", e);
        }
    }

    /** The mapped class. */
    public Class<T> entityClass() {
        return entityClass;
    }

    /** The registry that made this mapper. */
    public MapperRegistry registry() {
        return registry;
    }

    /**
     * The mapped table; in an inheritance hierarchy the base's table, which holds the primary key (a joined subclass's
     * own table is {@link MapperHierarchy#localTable()}).
     */
    public Table table() {
        return table;
    }

    /** The class's place in an inheritance hierarchy, or {@code null} outside any. */
    public @Nullable MapperHierarchy hierarchy() {
        return hierarchy;
    }

    /**
     * The class identity keys are made with (SQLAlchemy's {@code _identity_class}): the base class of the
     * hierarchy, so that {@code get(Pet.class, 1)} finds the {@code Dog} with key 1; the mapped class otherwise.
     */
    public Class<?> identityClass() {
        return identityClass;
    }

    /** For a table mapper of a joined-inheritance class, which of its tables it writes; {@code null} otherwise. */
    public @Nullable SliceRole sliceRole() {
        return sliceRole;
    }

    /** The column attributes, in declaration order. */
    public List<ColumnProperty> columnProperties() {
        return columnProperties;
    }

    /** The relationships, in declaration order. */
    public List<RelationshipProperty> relationships() {
        return relationships;
    }

    /** Every attribute, columns first, each in declaration order. */
    public Map<String, MapperProperty> attributes() {
        return Collections.unmodifiableMap(byName);
    }

    /** The attribute named {@code name}; {@link ArgumentError} naming the known ones when there is none. */
    public MapperProperty attribute(String name) {
        MapperProperty property = byName.get(name);
        if (property == null) {
            throw new ArgumentError(entityClass.getSimpleName() + " has no mapped attribute '" + name + "'; it has "
                    + byName.keySet());
        }
        return property;
    }

    /** The attribute named {@code name}, or {@code null}. */
    public MapperProperty attributeOrNull(String name) {
        return byName.get(name);
    }

    /** The column attribute named {@code name}; {@link ArgumentError} when there is none. */
    public ColumnProperty columnProperty(String name) {
        if (attribute(name) instanceof ColumnProperty property) {
            return property;
        }
        throw new ArgumentError(entityClass.getSimpleName() + "." + name + " is a relationship, not a column attribute");
    }

    /** The relationship named {@code name}; {@link ArgumentError} when there is none. */
    public RelationshipProperty relationship(String name) {
        if (attribute(name) instanceof RelationshipProperty property) {
            return property;
        }
        throw new ArgumentError(entityClass.getSimpleName() + "." + name + " is a column attribute, not a relationship");
    }

    /** The attribute mapped to {@code column}, or {@code null}. */
    public @Nullable ColumnProperty propertyFor(Column<?> column) {
        return byColumn.get(column);
    }

    /** The primary key attributes, in the table's primary key order. */
    public List<ColumnProperty> primaryKey() {
        return primaryKey;
    }

    /** The version counter attribute, or {@code null}. */
    public @Nullable ColumnProperty versionCounter() {
        return versionCounter;
    }

    /** The primary key values of {@code entity} (read without instrumentation); elements may be null. */
    public List<Object> primaryKeyOf(Object entity) {
        List<Object> values = new ArrayList<>(primaryKey.size());
        for (ColumnProperty property : primaryKey) {
            values.add(property.get(entity));
        }
        return values;
    }

    /**
     * Primary key values as the fields hold them ({@code 4L} for an {@code Integer} key becomes {@code 4});
     * {@link ArgumentError} when the count is wrong or a value cannot be converted.
     */
    public List<Object> identityOf(List<?> values) {
        if (values.size() != primaryKey.size()) {
            throw new ArgumentError(entityClass.getSimpleName() + " has a primary key of " + primaryKey.size()
                    + " column(s) " + primaryKey + "; got " + values.size() + " value(s) " + values);
        }
        List<Object> id = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            ColumnProperty key = primaryKey.get(i);
            id.add(FieldValues.convert(values.get(i), FieldValues.boxed(key.javaType()), key.toString()));
        }
        return id;
    }

    /** A new instance made with the class's no-argument constructor, as the ORM does for a loaded row. */
    @SuppressWarnings("unchecked")
    public T newInstance() {
        if (constructor == null) {
            throw new io.alchemy.exc.InvalidRequestError("Class " + entityClass.getName() + " is abstract and cannot be "
                    + "instantiated for a row; a row of it needs the polymorphicIdentity of a concrete subclass");
        }
        try {
            return (T) (Object) constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new ArgumentError("The no-argument constructor of " + entityClass.getName() + " failed: " + e, e);
        }
    }

    @Override
    public String toString() {
        Table local = hierarchy == null ? table : hierarchy.localTable();
        return "Mapper[" + entityClass.getSimpleName() + "(" + local.fullName() + ")]";
    }
}
