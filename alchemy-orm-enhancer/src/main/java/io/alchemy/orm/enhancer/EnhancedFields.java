package io.alchemy.orm.enhancer;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.named;

import java.util.List;
import net.bytebuddy.description.annotation.AnnotationSource;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.type.TypeDescription;

/**
 * Which fields of a class the enhancer routes through the instance state, and the names of what it generates. The
 * ORM's annotations and {@code ManagedEntity} are recognised by name ({@link RuntimeNames}).
 */
final class EnhancedFields {

    private EnhancedFields() {
    }

    /**
     * Whether the enhancer applies to {@code type}: mapped, a mapped superclass or marked for instrumentation, and not
     * enhanced yet (an enhanced class declares {@code ManagedEntity} among its own interfaces, a subclass of an
     * enhanced class too).
     */
    static boolean wanted(TypeDescription type) {
        return marked(type) && !type.isInterface() && type.getInterfaces().asErasures().stream()
                .noneMatch(i -> i.getName().equals(RuntimeNames.MANAGED_ENTITY));
    }

    private static boolean marked(TypeDescription type) {
        return annotated(type, RuntimeNames.MAPPED) || annotated(type, RuntimeNames.INSTRUMENTED)
                || annotated(type, RuntimeNames.MAPPED_SUPERCLASS);
    }

    /**
     * Whether a superclass of {@code type} is enhanced too, and so already holds the object's state (the class then
     * reaches the state through the inherited {@code ManagedEntity} method). Decided from the annotations, so the
     * order in which a build enhances the classes does not matter.
     */
    static boolean inheritsState(TypeDescription type) {
        for (TypeDescription parent = superclass(type); parent != null; parent = superclass(parent)) {
            if (marked(parent) || hasSuperType(named(RuntimeNames.MANAGED_ENTITY)).matches(parent)) {
                return true;
            }
        }
        return false;
    }

    private static TypeDescription superclass(TypeDescription type) {
        TypeDescription.Generic parent = type.getSuperClass();
        if (parent == null) {
            return null;
        }
        TypeDescription erased = parent.asErasure();
        return erased.represents(Object.class) ? null : erased;
    }

    /**
     * The mapped fields {@code type} inherits and its own code may touch (protected or public, or package-private in
     * its own package): their reads and writes in the subclass's methods are routed like its own fields'.
     */
    static List<FieldDescription.InDefinedShape> inherited(TypeDescription type) {
        List<FieldDescription.InDefinedShape> fields = new java.util.ArrayList<>();
        for (TypeDescription parent = superclass(type); parent != null; parent = superclass(parent)) {
            boolean declarative = annotated(parent, RuntimeNames.MAPPED) || annotated(parent, RuntimeNames.MAPPED_SUPERCLASS);
            if (!declarative && !annotated(parent, RuntimeNames.INSTRUMENTED)) {
                continue;
            }
            boolean samePackage = java.util.Objects.equals(parent.getPackage(), type.getPackage());
            for (FieldDescription.InDefinedShape field : parent.getDeclaredFields()) {
                boolean visible = field.isProtected() || field.isPublic() || field.isPackagePrivate() && samePackage;
                if (!field.isStatic() && !field.isSynthetic() && visible
                        && (declarative ? isMapped(field) : !field.isTransient())) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /**
     * The routed fields: of a {@code @Mapped} or {@code @MappedSuperclass} class those with {@code @MappedColumn}, {@code @Version} or
     * {@code @Relationship}; of an {@code @Instrumented} class every non-static, non-transient field.
     */
    static List<FieldDescription.InDefinedShape> of(TypeDescription type) {
        boolean declarative = annotated(type, RuntimeNames.MAPPED) || annotated(type, RuntimeNames.MAPPED_SUPERCLASS);
        return type.getDeclaredFields().stream()
                .filter(f -> !f.isStatic() && !f.isSynthetic())
                .filter(f -> declarative ? isMapped(f) : !f.isTransient())
                .toList();
    }

    private static boolean isMapped(FieldDescription field) {
        return annotated(field, RuntimeNames.MAPPED_COLUMN) || annotated(field, RuntimeNames.VERSION)
                || annotated(field, RuntimeNames.RELATIONSHIP);
    }

    /** Whether {@code field} is a relationship, whose accessors let the hooks choose the value. */
    static boolean isRelationship(FieldDescription field) {
        return annotated(field, RuntimeNames.RELATIONSHIP);
    }

    private static boolean annotated(AnnotationSource element, String annotation) {
        return element.getDeclaredAnnotations().stream()
                .anyMatch(a -> a.getAnnotationType().getName().equals(annotation));
    }

    static String reader(String field) {
        return "$alchemy$get$" + field;
    }

    static String writer(String field) {
        return "$alchemy$set$" + field;
    }
}
