package io.alchemy.orm.instrument;

import io.alchemy.orm.Instrumented;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import io.alchemy.orm.Version;
import io.alchemy.orm.internal.ManagedEntity;
import java.util.List;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.type.TypeDescription;

/** Which fields of a class the enhancer routes through the instance state, and the names of what it generates. */
final class EnhancedFields {
    /** The field holding the instance state. */
    static final String STATE_FIELD = "$alchemy$state";
    /** Internal name of the state class. */
    static final String STATE_TYPE = "io/alchemy/orm/internal/InstanceState";
    /** Descriptor of the state class. */
    static final String STATE_DESCRIPTOR = "L" + STATE_TYPE + ";";

    private EnhancedFields() {
    }

    /** Whether the enhancer applies to {@code type}: mapped or marked for instrumentation, and not enhanced yet. */
    static boolean wanted(TypeDescription type) {
        boolean marked = type.getDeclaredAnnotations().isAnnotationPresent(Mapped.class)
                || type.getDeclaredAnnotations().isAnnotationPresent(Instrumented.class);
        return marked && !type.isInterface() && !type.isAssignableTo(ManagedEntity.class);
    }

    /**
     * The routed fields: of a {@link Mapped} class those with {@link MappedColumn}, {@link Version} or
     * {@link Relationship}; of an {@link Instrumented} class every non-static, non-transient field.
     */
    static List<FieldDescription.InDefinedShape> of(TypeDescription type) {
        boolean declarative = type.getDeclaredAnnotations().isAnnotationPresent(Mapped.class);
        return type.getDeclaredFields().stream()
                .filter(f -> !f.isStatic() && !f.isSynthetic())
                .filter(f -> declarative ? isMapped(f) : !f.isTransient())
                .toList();
    }

    private static boolean isMapped(FieldDescription field) {
        var annotations = field.getDeclaredAnnotations();
        return annotations.isAnnotationPresent(MappedColumn.class) || annotations.isAnnotationPresent(Version.class)
                || annotations.isAnnotationPresent(Relationship.class);
    }

    /** Whether {@code field} is a relationship, whose accessors let the hooks choose the value. */
    static boolean isRelationship(FieldDescription field) {
        return field.getDeclaredAnnotations().isAnnotationPresent(Relationship.class);
    }

    static String reader(String field) {
        return "$alchemy$get$" + field;
    }

    static String writer(String field) {
        return "$alchemy$set$" + field;
    }
}
