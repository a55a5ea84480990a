package io.alchemy.orm;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.FieldAccessor;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.schema.Column;
import io.alchemy.schema.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps a class onto an existing Core table: each column to the field named after it. */
final class ImperativeMapping {
    private ImperativeMapping() {
    }

    static <T> Mapper<T> map(Class<T> type, Table table, Map<String, String> fieldToColumn, Registry registry) {
        ClassChecks.checkMappable(type);
        Map<String, String> unused = new HashMap<>(fieldToColumn);
        List<ColumnProperty> columns = new ArrayList<>();
        List<RelationshipProperty> relationships = new ArrayList<>();
        Map<Column<?>, Field> taken = new HashMap<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                continue;
            }
            Relationship relationship = field.getAnnotation(Relationship.class);
            if (relationship != null) {
                relationships.add(DeclarativeMapping.relationship(field, relationship));
                continue;
            }
            String columnName = unused.remove(field.getName());
            Column<?> column = columnName != null ? existing(table, columnName, field) : matching(table, field);
            if (column == null) {
                continue;
            }
            Field previous = taken.put(column, field);
            if (previous != null) {
                throw new ArgumentError("Column '" + table.name() + "." + column.name() + "' is claimed by both "
                        + ColumnTypes.where(previous) + " and " + ColumnTypes.where(field));
            }
            columns.add(new ColumnProperty(field.getName(), FieldAccessor.of(field), column,
                    field.isAnnotationPresent(Version.class)));
        }
        if (!unused.isEmpty()) {
            throw new ArgumentError("Class " + type.getName() + " has no fields " + unused.keySet()
                    + " named in the column map");
        }
        return new Mapper<>(type, registry, table, columns, relationships);
    }

    private static Column<?> existing(Table table, String columnName, Field field) {
        if (!table.hasColumn(columnName)) {
            throw new ArgumentError("Field " + ColumnTypes.where(field) + " is mapped to column '" + columnName
                    + "', which table '" + table.name() + "' does not have; it has " + table.columnKeys());
        }
        return table.c(columnName);
    }

    private static Column<?> matching(Table table, Field field) {
        String snake = Naming.snakeCase(field.getName());
        if (table.hasColumn(snake)) {
            return table.c(snake);
        }
        return table.hasColumn(field.getName()) ? table.c(field.getName()) : null;
    }
}
