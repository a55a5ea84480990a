package io.alchemy.orm;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.internal.FinalCollectionViews;
import io.alchemy.orm.internal.WriteOnlyState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.FieldAccessor;
import io.alchemy.orm.mapping.FieldValues;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.mapping.Mapper;
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
        for (Field field : type.getDeclaredFields()) {
            read(field);
        }
    }

    /** Maps {@code type} into {@code registry}: its table goes into the registry's MetaData. */
    static <T> Mapper<T> map(Class<T> type, Registry registry) {
        DeclarativeMapping reading = new DeclarativeMapping(type);
        String schema = reading.mapped.schema().isEmpty() ? null : reading.mapped.schema();
        String name = reading.mapped.table().isEmpty() ? Naming.snakeCase(type.getSimpleName()) : reading.mapped.table();
        Table table = registry.metadata().table(schema, name, registry.withJoinColumns(type, reading.columns));
        List<ColumnProperty> properties = new ArrayList<>();
        for (int i = 0; i < reading.columnFields.size(); i++) {
            Field field = reading.columnFields.get(i);
            properties.add(new ColumnProperty(field.getName(), FieldAccessor.of(field),
                    (Column<?>) table.c(reading.columns.get(i).name()), field.isAnnotationPresent(Version.class)));
        }
        return new Mapper<>(type, registry, table, properties, reading.relationships);
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
