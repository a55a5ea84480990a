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

    /** Whether the enhancer applies to {@code type}: mapped or marked for instrumentation, and not enhanced yet. */
    static boolean wanted(TypeDescription type) {
        boolean marked = annotated(type, RuntimeNames.MAPPED) || annotated(type, RuntimeNames.INSTRUMENTED);
        return marked && !type.isInterface() && !hasSuperType(named(RuntimeNames.MANAGED_ENTITY)).matches(type);
    }

    /**
     * The routed fields: of a {@code @Mapped} class those with {@code @MappedColumn}, {@code @Version} or
     * {@code @Relationship}; of an {@code @Instrumented} class every non-static, non-transient field.
     */
    static List<FieldDescription.InDefinedShape> of(TypeDescription type) {
        boolean declarative = annotated(type, RuntimeNames.MAPPED);
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
