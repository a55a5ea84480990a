package io.alchemy.orm.processor;

import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Source spellings of types for generated code: qualified names, primitives boxed (a type argument cannot be
 * {@code int}), type variables erased, and no type-use annotations ({@code @Nullable String} is {@code String}).
 */
final class TypeNames {
    private TypeNames() {
    }

    /** The type as a type argument: primitives boxed. */
    static String of(Types types, TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return types.boxedClass((PrimitiveType) type).getQualifiedName().toString();
        }
        return of(type);
    }

    /** The type's source spelling. */
    static String of(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return of(((ArrayType) type).getComponentType()) + "[]";
        }
        if (type instanceof DeclaredType declared) {
            String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            if (declared.getTypeArguments().isEmpty()) {
                return name;
            }
            return name + declared.getTypeArguments().stream().map(TypeNames::of).collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof WildcardType wildcard) {
            if (wildcard.getExtendsBound() != null) {
                return "? extends " + of(wildcard.getExtendsBound());
            }
            return wildcard.getSuperBound() != null ? "? super " + of(wildcard.getSuperBound()) : "?";
        }
        if (type instanceof TypeVariable variable) {
            return of(variable.getUpperBound());
        }
        return "java.lang.Object";
    }
}
