package io.alchemy.spring.data.support;

import io.alchemy.engine.Row;
import io.alchemy.exc.ArgumentError;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Rows as records (DTO projections): {@link #byPosition} fills the components from the columns in order (a derived
 * query selects exactly the components' columns), {@link #byName} from the columns whose names match the components'
 * ignoring case and underscores ({@code email_address}, {@code EMAIL_ADDRESS} and {@code emailAddress} match).
 */
final class RecordRows {
    private RecordRows() {
    }

    /** The record's component names, in declaration order. */
    static List<String> components(Class<?> type) {
        return Arrays.stream(recordComponents(type)).map(RecordComponent::getName).toList();
    }

    /** Component {@code i} from column {@code i}. */
    static <R> Function<Row, R> byPosition(Class<R> type) {
        RecordComponent[] components = recordComponents(type);
        Constructor<R> constructor = canonical(type, components);
        return row -> {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = row.get(i, boxed(components[i].getType()));
            }
            return instantiate(constructor, values);
        };
    }

    /** Each component from the column of the same name; {@link ArgumentError} naming the columns when one is missing. */
    static <R> Function<Row, R> byName(Class<R> type) {
        RecordComponent[] components = recordComponents(type);
        Constructor<R> constructor = canonical(type, components);
        return row -> {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                int index = indexOf(row.keys(), components[i].getName());
                if (index < 0) {
                    throw new ArgumentError("No column for " + type.getSimpleName() + "." + components[i].getName()
                            + " among the query's columns " + row.keys());
                }
                values[i] = row.get(index, boxed(components[i].getType()));
            }
            return instantiate(constructor, values);
        };
    }

    /** The index of the column named like {@code name} (ignoring case and underscores), or -1. */
    static int indexOf(List<String> columns, String name) {
        String wanted = normalized(name);
        for (int i = 0; i < columns.size(); i++) {
            if (normalized(columns.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String normalized(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static RecordComponent[] recordComponents(Class<?> type) {
        if (!type.isRecord()) {
            throw new ArgumentError(type.getName() + " is not a record: a DTO projection is a record whose "
                    + "components are named like the attributes or columns it takes");
        }
        return type.getRecordComponents();
    }

    private static <R> Constructor<R> canonical(Class<R> type, RecordComponent[] components) {
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new ArgumentError("Record " + type.getName() + " has no canonical constructor", e);
        }
    }

    private static <R> R instantiate(Constructor<R> constructor, Object[] values) {
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new ArgumentError("Could not create " + constructor.getDeclaringClass().getSimpleName(), e);
        } catch (ReflectiveOperationException e) {
            throw new ArgumentError("Could not create " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        List<Class<?>> primitives = List.of(int.class, long.class, double.class, float.class, boolean.class,
                short.class, byte.class, char.class);
        List<Class<?>> boxes = List.of(Integer.class, Long.class, Double.class, Float.class, Boolean.class,
                Short.class, Byte.class, Character.class);
        return boxes.get(primitives.indexOf(type));
    }
}
