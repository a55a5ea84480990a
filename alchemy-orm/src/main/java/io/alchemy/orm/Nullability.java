package io.alchemy.orm;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;

/**
 * Whether a field is declared nullable: JSpecify's {@code @Nullable} (a type-use annotation, so
 * {@code @Nullable String x} and {@code byte @Nullable [] x} both count), or any other annotation named
 * {@code Nullable} (jakarta, javax, JetBrains) on the field or its type.
 */
final class Nullability {
    private Nullability() {
    }

    static boolean isNullable(Field field) {
        if (named(field.getAnnotations())) {
            return true;
        }
        AnnotatedType type = field.getAnnotatedType();
        if (named(type.getAnnotations())) {
            return true;
        }
        return type instanceof AnnotatedArrayType array && named(array.getAnnotatedGenericComponentType().getAnnotations());
    }

    private static boolean named(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }
}
