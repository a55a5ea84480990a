package io.alchemy.orm;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.exc.ClassNotEnhancedError;
import io.alchemy.orm.internal.ManagedEntity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * What a class must be to be mapped: an enhanced class, concrete unless it belongs to an inheritance hierarchy, whose
 * superclasses with mapped fields are {@link Mapped} or {@link MappedSuperclass}.
 */
final class ClassChecks {
    private ClassChecks() {
    }

    static void checkMappable(Class<?> type) {
        Mapped mapped = type.getAnnotation(Mapped.class);
        boolean inHierarchy = MappedFields.mappedParent(type) != null || mapped != null && !mapped.polymorphicOn().isEmpty();
        if (type.isInterface() || type.isRecord() || type.isEnum()
                || Modifier.isAbstract(type.getModifiers()) && !inHierarchy) {
            throw new ArgumentError("Class " + type.getName() + " cannot be mapped: a mapped class is a concrete, "
                    + "mutable class (not an interface, record, enum or abstract class; an abstract class may be the "
                    + "base of an inheritance hierarchy, with polymorphicOn)");
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            throw new ArgumentError("Class " + type.getName() + " cannot be mapped: an inner class must be static");
        }
        for (Class<?> parent = type.getSuperclass(); parent != null && parent != Object.class; parent = parent.getSuperclass()) {
            for (Field field : parent.getDeclaredFields()) {
                boolean declared = parent.isAnnotationPresent(Mapped.class) || parent.isAnnotationPresent(MappedSuperclass.class);
                if (!declared && (field.isAnnotationPresent(MappedColumn.class) || field.isAnnotationPresent(Relationship.class)
                        || field.isAnnotationPresent(Version.class))) {
                    throw new ArgumentError("Class " + type.getName() + " inherits mapped field " + ColumnTypes.where(field)
                            + " from " + parent.getName() + ", which is neither @Mapped nor @MappedSuperclass: annotate "
                            + parent.getSimpleName() + " @MappedSuperclass to inherit its mapped fields");
                }
            }
        }
        if (!ManagedEntity.class.isAssignableFrom(type)) {
            throw ClassNotEnhancedError.of(type);
        }
    }
}
