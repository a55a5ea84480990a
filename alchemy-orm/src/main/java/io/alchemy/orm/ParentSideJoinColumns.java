package io.alchemy.orm;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.schema.Column;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The foreign key columns that one-to-many relationships declare on the parent side
 * ({@code @Relationship(joinColumns = "owner_id") List<Pet> pets}, JPA's {@code @OneToMany @JoinColumn}) for target
 * tables that map no attribute for them: each goes into the target's table when its class is mapped, nullable,
 * referring to the parent's primary key (its type is the referenced column's).
 */
final class ParentSideJoinColumns {
    /** No join columns. */
    static final ParentSideJoinColumns NONE = new ParentSideJoinColumns();

    private final Map<Class<?>, List<Column<?>>> byTarget = new LinkedHashMap<>();

    private ParentSideJoinColumns() {
    }

    /** The join columns declared by the classes about to be mapped and by those {@code mapped} already. */
    static ParentSideJoinColumns of(Collection<Class<?>> classes, Collection<Mapper<?>> mapped) {
        ParentSideJoinColumns found = new ParentSideJoinColumns();
        for (Mapper<?> mapper : mapped) {
            for (RelationshipProperty relationship : mapper.relationships()) {
                if (relationship.secondaryNameIsEmpty() && !relationship.joinColumns().isEmpty()) {
                    found.add(relationship.targetClass(), relationship.toString(), relationship.joinColumns(),
                            mapper.table().fullName(), mapper.primaryKey().stream().map(p -> p.column().name()).toList());
                }
            }
        }
        for (Class<?> type : classes) {
            for (Field field : type.getDeclaredFields()) {
                Relationship relationship = field.getAnnotation(Relationship.class);
                if (relationship == null || !relationship.secondary().isEmpty() || relationship.joinColumns().length == 0
                        || !RelationshipProperty.isCollectionType(field.getType())) {
                    continue;
                }
                Class<?> target = relationship.target() != void.class ? relationship.target()
                        : DeclarativeMapping.elementType(field);
                found.add(target, ColumnTypes.where(field), List.of(relationship.joinColumns()), tableKey(type),
                        primaryKeyColumns(type));
            }
        }
        return found;
    }

    /** {@code columns} followed by the join columns of {@code type}'s table they lack (by name). */
    List<Column<?>> addedTo(Class<?> type, List<Column<?>> columns) {
        List<Column<?>> declared = byTarget.getOrDefault(type, List.of());
        if (declared.isEmpty()) {
            return columns;
        }
        List<Column<?>> all = new ArrayList<>(columns);
        for (Column<?> joinColumn : declared) {
            if (all.stream().noneMatch(c -> c.name().equals(joinColumn.name()))) {
                all.add(joinColumn);
            }
        }
        return all;
    }

    private void add(Class<?> target, String where, List<String> names, String parentTable, List<String> parentKey) {
        if (names.size() != parentKey.size()) {
            throw new ArgumentError("Relationship " + where + " names " + names.size() + " join column(s) " + names
                    + ", but table '" + parentTable + "' has a primary key of " + parentKey.size() + " column(s) "
                    + parentKey);
        }
        List<Column<?>> columns = byTarget.computeIfAbsent(target, t -> new ArrayList<>());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (columns.stream().noneMatch(c -> c.name().equals(name))) {
                columns.add(new Column<>(name, null).references(parentTable + "." + parentKey.get(i)).nullable(true));
            }
        }
    }

    private static String tableKey(Class<?> type) {
        Mapped mapped = type.getAnnotation(Mapped.class);
        if (mapped == null) {
            throw new ArgumentError("Class " + type.getName() + " is not annotated @Mapped");
        }
        String name = mapped.table().isEmpty() ? Naming.snakeCase(type.getSimpleName()) : mapped.table();
        return mapped.schema().isEmpty() ? name : mapped.schema() + "." + name;
    }

    private static List<String> primaryKeyColumns(Class<?> type) {
        List<String> key = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                MappedColumn column = field.getAnnotation(MappedColumn.class);
                if (column != null && column.primaryKey()) {
                    key.add(column.name().isEmpty() ? Naming.snakeCase(field.getName()) : column.name());
                }
            }
        }
        return key;
    }
}
