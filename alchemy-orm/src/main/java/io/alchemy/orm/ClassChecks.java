package io.alchemy.orm;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.exc.ClassNotEnhancedError;
import io.alchemy.orm.internal.ManagedEntity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** What a class must be to be mapped: a concrete, enhanced class without mapped fields in superclasses. */
final class ClassChecks {
    static final String BUILD_FIX = "Add the enhancer to the build of the module that declares it:\n"
            + "  <plugin>\n"
            + "    <groupId>net.bytebuddy</groupId>\n"
            + "    <artifactId>byte-buddy-maven-plugin</artifactId>\n"
            + "    <executions><execution><goals><goal>transform</goal></goals></execution></executions>\n"
            + "    <configuration><transformations><transformation>\n"
            + "      <plugin>io.alchemy.orm.instrument.AlchemyEnhancer</plugin>\n"
            + "    </transformation></transformations></configuration>\n"
            + "  </plugin>\n"
            + "(goal transform-test for classes under src/test; see docs/design/0005-orm-instrumentation.md). "
            + "An IDE that compiles on its own must delegate the build to Maven.";

    private ClassChecks() {
    }

    static void checkMappable(Class<?> type) {
        if (type.isInterface() || type.isRecord() || type.isEnum() || Modifier.isAbstract(type.getModifiers())) {
            throw new ArgumentError("Class " + type.getName() + " cannot be mapped: a mapped class is a concrete, "
                    + "mutable class (not an interface, record, enum or abstract class)");
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            throw new ArgumentError("Class " + type.getName() + " cannot be mapped: an inner class must be static");
        }
        for (Class<?> parent = type.getSuperclass(); parent != null && parent != Object.class; parent = parent.getSuperclass()) {
            for (Field field : parent.getDeclaredFields()) {
                if (field.isAnnotationPresent(MappedColumn.class) || field.isAnnotationPresent(Relationship.class)) {
                    throw new ArgumentError("Class " + type.getName() + " inherits mapped field " + ColumnTypes.where(field)
                            + "; mapped superclasses are not supported yet: declare the field in the mapped class");
                }
            }
        }
        if (!ManagedEntity.class.isAssignableFrom(type)) {
            throw new ClassNotEnhancedError("Mapped class " + type.getName() + " is not enhanced: Alchemy cannot see "
                    + "reads and writes of its fields, which expiry, lazy loading and change tracking need. " + BUILD_FIX);
        }
    }
}
