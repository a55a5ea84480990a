package io.alchemy.orm;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a mapped class's attributes and table come from along its superclasses: the fields it declares itself or
 * inherits from {@link MappedSuperclass}es (those above its nearest {@link Mapped} superclass belong to that class),
 * its nearest mapped superclass, and which of the classes mapped with it share its table.
 */
final class MappedFields {
    private MappedFields() {
    }

    /**
     * The fields {@code type} maps itself: those of its {@link MappedSuperclass} ancestors up to its nearest mapped
     * superclass, topmost first, then its own, each in declaration order.
     */
    static List<Field> declaredBy(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type.getSuperclass(); c != null && c != Object.class && !c.isAnnotationPresent(Mapped.class);
                c = c.getSuperclass()) {
            if (c.isAnnotationPresent(MappedSuperclass.class)) {
                chain.add(0, c);
            }
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : chain) {
            fields.addAll(Arrays.asList(c.getDeclaredFields()));
        }
        fields.addAll(Arrays.asList(type.getDeclaredFields()));
        return fields;
    }

    /** The nearest superclass annotated {@link Mapped}, or {@code null}. */
    static @Nullable Class<?> mappedParent(Class<?> type) {
        for (Class<?> c = type.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Mapped.class)) {
                return c;
            }
        }
        return null;
    }

    /** The classes of {@code batch} that extend {@code type} without a table of their own between (single-table). */
    static List<Class<?>> sharingTable(Class<?> type, Collection<Class<?>> batch) {
        List<Class<?>> sharing = new ArrayList<>();
        for (Class<?> candidate : batch) {
            if (candidate == type || !type.isAssignableFrom(candidate) || !candidate.isAnnotationPresent(Mapped.class)) {
                continue;
            }
            boolean shares = true;
            for (Class<?> c = candidate; c != type; c = mappedParent(c)) {
                if (!c.getAnnotation(Mapped.class).table().isEmpty()) {
                    shares = false;
                    break;
                }
            }
            if (shares) {
                sharing.add(candidate);
            }
        }
        return sharing;
    }

    /** How many mapped superclasses {@code type} has: the order in which a batch is mapped, parents first. */
    static int depth(Class<?> type) {
        int depth = 0;
        for (Class<?> c = mappedParent(type); c != null; c = mappedParent(c)) {
            depth++;
        }
        return depth;
    }
}
