package io.alchemy.orm;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.internal.FinalCollectionViews;
import io.alchemy.orm.internal.WriteOnlyState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.FieldAccessor;
import io.alchemy.orm.mapping.FieldValues;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.MapperHierarchy;
import io.alchemy.orm.mapping.RelationshipOptions;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.schema.Column;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.types.IntegerType;
import io.alchemy.types.SqlType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the annotations of a {@link Mapped} class, makes its {@link Table} in a {@link MetaData} (columns in field
 * declaration order) and the properties of its {@link Mapper}.
 */
final class DeclarativeMapping {
    static {
        WriteOnlyState.factory(WriteOnlyCollection<Object>::new);
        FinalCollectionViews.install();
    }

    private final Class<?> type;
    private final Mapped mapped;
    private final List<Field> columnFields = new ArrayList<>();
    private final List<Column<?>> columns = new ArrayList<>();
    private final List<RelationshipProperty> relationships = new ArrayList<>();

    private DeclarativeMapping(Class<?> type) {
        this.type = type;
        this.mapped = type.getAnnotation(Mapped.class);
        if (mapped == null) {
            throw new ArgumentError("Class " + type.getName() + " is not annotated @Mapped; annotate it, or map it "
                    + "onto a Table with registry.mapImperatively(…)");
        }
        ClassChecks.checkMappable(type);
        for (Field field : MappedFields.declaredBy(type)) {
            read(field);
        }
    }

    /** Maps {@code type} into {@code registry}: its table goes into the registry's MetaData. */
    static <T> Mapper<T> map(Class<T> type, Registry registry) {
        return map(type, registry, List.of(type));
    }

    /**
     * Maps {@code type} into {@code registry}; {@code batch} holds the classes mapped with it, whose single-table
     * subclasses of {@code type} add their columns to its table.
     */
    static <T> Mapper<T> map(Class<T> type, Registry registry, java.util.Collection<Class<?>> batch) {
        DeclarativeMapping reading = new DeclarativeMapping(type);
        Class<?> parentClass = MappedFields.mappedParent(type);
        if (parentClass != null) {
            return reading.mapSubclass(registry, parentClass, batch);
        }
        Table table = reading.createTable(registry, reading.columns, batch);
        List<ColumnProperty> properties = reading.ownProperties(table);
        return new Mapper<>(type, registry, table, properties, reading.relationships, reading.hierarchy(null, table));
    }

    private MapperHierarchy.@org.jspecify.annotations.Nullable Declaration hierarchy(Mapper<?> parent, Table localTable) {
        if (parent == null && mapped.polymorphicOn().isEmpty() && mapped.polymorphicIdentity().isEmpty()) {
            return null;
        }
        Boolean inline = switch (mapped.polymorphicLoad()) {
            case DEFAULT -> null;
            case INLINE -> true;
            case SELECTIN -> false;
        };
        return new MapperHierarchy.Declaration(parent, mapped.polymorphicOn(), mapped.polymorphicIdentity(), localTable,
                inline);
    }

    /** A subclass of a mapped class: single-table without a table name of its own, joined-table with one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> Mapper<T> mapSubclass(Registry registry, Class<?> parentClass, java.util.Collection<Class<?>> batch) {
        Mapper<?> parent = registry.mapperOrNull(parentClass);
        if (parent == null) {
            throw new ArgumentError("Class " + type.getName() + " extends mapped class " + parentClass.getName()
                    + ", which this registry does not map; map them together (Registry.of(" + parentClass.getSimpleName()
                    + ".class, " + type.getSimpleName() + ".class))");
        }
        for (Field field : columnFields) {
            MappedColumn column = field.getAnnotation(MappedColumn.class);
            if (column != null && column.primaryKey()) {
                throw new ArgumentError("Field " + ColumnTypes.where(field) + " is a primary key, but "
                        + type.getSimpleName() + " inherits its primary key from " + parentClass.getSimpleName()
                        + "; a subclass declares no primary key of its own");
            }
        }
        MapperHierarchy inherited = parent.hierarchy();
        if (inherited == null || inherited.discriminator() == null) {
            throw new ArgumentError("Class " + type.getName() + " extends mapped class " + parentClass.getName()
                    + ", which names no discriminator: give " + parentClass.getSimpleName()
                    + " @Mapped(polymorphicOn = \"<attribute>\") so that rows of the two classes can be told apart");
        }
        Table localTable;
        if (mapped.table().isEmpty()) {
            localTable = inherited.localTable();
            for (Column<?> column : columns) {
                if (!localTable.columnKeys().contains(column.name())) {
                    throw new ArgumentError("Class " + type.getName() + " shares table '" + localTable.name()
                            + "' with " + parentClass.getSimpleName() + " (single-table inheritance), but the table "
                            + "has no column '" + column.name() + "': map " + type.getSimpleName() + " in the same "
                            + "Registry.of(…) as " + parentClass.getSimpleName() + " so that its columns are added");
                }
            }
        } else {
            List<Column<?>> own = new ArrayList<>();
            for (Column<?> key : inherited.localTable().primaryKey().columns()) {    // referring to the parent's rows
                own.add(new Column(key.name(), key.type()).primaryKey().references((Column) key));
            }
            own.addAll(columns);
            localTable = createTable(registry, own, batch);
        }
        List<ColumnProperty> properties = new ArrayList<>();
        parent.columnProperties().forEach(p -> properties.add(p.withColumn(p.column())));
        properties.addAll(ownProperties(localTable));
        List<RelationshipProperty> all = new ArrayList<>();
        parent.relationships().forEach(r -> all.add(r.inherited()));
        all.addAll(relationships);
        return new Mapper<>((Class<T>) type, registry, parent.table(), properties, all,
                hierarchy(parent, localTable));
    }

    private List<ColumnProperty> ownProperties(Table table) {
        List<ColumnProperty> properties = new ArrayList<>();
        for (int i = 0; i < columnFields.size(); i++) {
            Field field = columnFields.get(i);
            properties.add(new ColumnProperty(field.getName(), FieldAccessor.of(field),
                    (Column<?>) table.c(columns.get(i).name()), field.isAnnotationPresent(Version.class)));
        }
        return properties;
    }

    /** The class's table: its columns, then those of its single-table subclasses in the batch (NULL allowed). */
    private Table createTable(Registry registry, List<Column<?>> own, java.util.Collection<Class<?>> batch) {
        String schema = mapped.schema().isEmpty() ? null : mapped.schema();
        String name = mapped.table().isEmpty() ? Naming.snakeCase(type.getSimpleName()) : mapped.table();
        List<Column<?>> all = new ArrayList<>(own);
        java.util.Map<String, Class<?>> owners = new java.util.HashMap<>();
        own.forEach(c -> owners.put(c.name(), type));
        for (Class<?> descendant : MappedFields.sharingTable(type, batch)) {
            DeclarativeMapping reading = new DeclarativeMapping(descendant);
            for (Column<?> column : reading.columns) {
                Class<?> other = owners.putIfAbsent(column.name(), descendant);
                if (other != null) {
                    throw new ArgumentError("Column '" + column.name() + "' of table '" + name + "' is declared by both "
                            + other.getSimpleName() + " and " + descendant.getSimpleName() + " (single-table "
                            + "inheritance); give one of them another column name");
                }
                all.add(column.nullable(true));
            }
        }
        return registry.metadata().table(schema, name, registry.withJoinColumns(type, all));
    }

    private void read(Field field) {
        MappedColumn column = field.getAnnotation(MappedColumn.class);
        Relationship relationship = field.getAnnotation(Relationship.class);
        boolean version = field.isAnnotationPresent(Version.class);
        if (relationship != null && (column != null || version)) {
            throw new ArgumentError("Field " + ColumnTypes.where(field) + " cannot be both a column and a relationship");
        }
        if (relationship != null) {
            relationships.add(relationship(field, relationship));
        } else if (column != null || version) {
            columnFields.add(field);
            columns.add(column(field, column, version));
        }
    }

    static RelationshipProperty relationship(Field field, Relationship options) {
        Class<?> fieldType = field.getType();
        boolean writeOnly = fieldType == WriteOnlyCollection.class;
        Class<?> collection = RelationshipProperty.isCollectionType(fieldType) || writeOnly ? fieldType : null;
        if (collection != null && !writeOnly
                && !(collection.isAssignableFrom(List.class) || collection.isAssignableFrom(Set.class))) {
            throw new ArgumentError("Relationship " + ColumnTypes.where(field) + " must be declared as a List, Set or "
                    + "Collection, not " + fieldType.getName());
        }
        if (writeOnly != (options.lazy() == Lazy.WRITE_ONLY) && (writeOnly || collection != null)) {
            throw new ArgumentError("Relationship " + ColumnTypes.where(field) + (writeOnly
                    ? " is a WriteOnlyCollection: give it @Relationship(lazy = Lazy.WRITE_ONLY)"
                    : " has lazy = WRITE_ONLY: declare it as WriteOnlyCollection<" + elementType(field).getSimpleName() + ">"));
        }
        Class<?> target = options.target() != void.class ? options.target()
                : collection == null ? fieldType : elementType(field);
        return new RelationshipProperty(field.getName(), accessor(field, collection, writeOnly), target, collection,
                options(options));
    }

    /** A final field may hold a collection, which the ORM changes in place; other mapped fields are reassigned. */
    private static FieldAccessor accessor(Field field, Class<?> collection, boolean writeOnly) {
        if (!Modifier.isFinal(field.getModifiers())) {
            return FieldAccessor.of(field);
        }
        if (collection == null || writeOnly) {
            throw new ArgumentError("Relationship " + ColumnTypes.where(field) + " is final: only a List, Set or "
                    + "Collection relationship may be final (its collection is changed in place); remove 'final'");
        }
        return FieldAccessor.ofFinalCollection(field);
    }

    /** The annotation's declaration in the mapping model's terms. */
    static RelationshipOptions options(Relationship relationship) {
        return new RelationshipOptions(relationship.backPopulates(), relationship.secondary(),
                List.of(relationship.foreignKeys()), List.of(relationship.orderBy()), relationship.cascade(),
                LoadStrategy.valueOf(relationship.lazy().name()), relationship.innerjoin(),
                relationship.passiveDeletes(), relationship.viewonly(), List.of(relationship.joinColumns()),
                List.of(relationship.inverseJoinColumns()));
    }

    static Class<?> elementType(Field field) {
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new ArgumentError("Relationship " + ColumnTypes.where(field) + " does not say what it holds; declare it "
                + "as List<Target> or give @Relationship(target = Target.class)");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Column<?> column(Field field, MappedColumn options, boolean version) {
        if (Modifier.isTransient(field.getModifiers())) {
            throw new ArgumentError("Field " + ColumnTypes.where(field) + " is transient and cannot be mapped");
        }
        SqlType<?> type = ColumnTypes.of(field, options);
        String name = options == null || options.name().isEmpty() ? Naming.snakeCase(field.getName()) : options.name();
        boolean primaryKey = options != null && options.primaryKey();
        boolean nullable = !primaryKey && !version && (Nullability.isNullable(field) || options != null && options.nullable());
        if (nullable && field.getType().isPrimitive()) {
            throw new ArgumentError("Field " + ColumnTypes.where(field) + " is declared nullable but its type "
                    + field.getType().getName() + " cannot hold null; use " + FieldValues.boxed(field.getType()).getSimpleName());
        }
        if (version && !(type instanceof IntegerType)) {
            throw new ArgumentError("Version counter " + ColumnTypes.where(field) + " must be an integer field, not "
                    + field.getType().getName());
        }
        Column column = new Column<>(name, type);
        if (primaryKey) {
            column = column.primaryKey();
        }
        column = column.nullable(nullable);
        return options == null ? column : ColumnOptions.apply(column, options, field);
    }
}
