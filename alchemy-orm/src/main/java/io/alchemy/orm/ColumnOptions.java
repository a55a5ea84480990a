package io.alchemy.orm;

import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.Column;
import java.lang.reflect.Field;
import java.util.function.Supplier;

/** Applies the options of a {@link MappedColumn} beyond name, type and nullability to a Core {@link Column}. */
final class ColumnOptions {
    private ColumnOptions() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Column<?> apply(Column column, MappedColumn options, Field field) {
        if (options.unique()) {
            column = column.unique();
        }
        if (options.index()) {
            column = column.index();
        }
        if (!options.foreignKey().isEmpty()) {
            column = column.references(options.foreignKey(), blankToNull(options.onDelete()), blankToNull(options.onUpdate()));
        } else if (!options.onDelete().isEmpty() || !options.onUpdate().isEmpty()) {
            throw new ArgumentError("Field " + ColumnTypes.where(field) + " sets onDelete/onUpdate without a foreignKey");
        }
        if (options.insertDefault() != MappedColumn.NoDefault.class) {
            column = column.defaultValue(supplier(options.insertDefault(), field));
        }
        if (options.onupdate() != MappedColumn.NoDefault.class) {
            column = column.onupdate(supplier(options.onupdate(), field));
        }
        if (!options.serverDefault().isEmpty()) {
            column = column.serverDefault(options.serverDefault());
        }
        if (options.autoincrement() != MappedColumn.Autoincrement.AUTO) {
            column = column.autoincrement(options.autoincrement() == MappedColumn.Autoincrement.ALWAYS);
        }
        if (!options.comment().isEmpty()) {
            column = column.comment(options.comment());
        }
        return column;
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static Supplier<?> supplier(Class<? extends Supplier<?>> type, Field field) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ArgumentError("Default supplier " + type.getName() + " of " + ColumnTypes.where(field)
                    + " needs a no-argument constructor", e);
        }
    }
}
