package io.alchemy.orm.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** One attribute of a generated metamodel: a mapped field, as a column or a relationship, with its Java type. */
record MetamodelAttribute(String name, boolean relationship, String valueType) {
    private static final String MAPPED_COLUMN = "io.alchemy.orm.MappedColumn";
    private static final String VERSION = "io.alchemy.orm.Version";
    private static final String RELATIONSHIP = "io.alchemy.orm.Relationship";

    private static final String MAPPED_SUPERCLASS = "io.alchemy.orm.MappedSuperclass";

    /**
     * The mapped fields of {@code entity}: those it inherits from {@code @Mapped} and {@code @MappedSuperclass}
     * superclasses (the topmost first), then its own, each in declaration order.
     */
    static List<MetamodelAttribute> of(TypeElement entity, Types types, Elements elements) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement c = superclass(entity); c != null; c = superclass(c)) {
            if (annotation(c, MetamodelProcessor.MAPPED) != null || annotation(c, MAPPED_SUPERCLASS) != null) {
                chain.add(0, c);
            }
        }
        List<MetamodelAttribute> attributes = new ArrayList<>();
        for (TypeElement ancestor : chain) {
            attributes.addAll(declared(ancestor, true, types, elements));
        }
        for (MetamodelAttribute own : declared(entity, annotation(entity, MetamodelProcessor.MAPPED) != null, types, elements)) {
            attributes.removeIf(a -> a.name().equals(own.name()));
            attributes.add(own);
        }
        return attributes;
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror parent = type.getSuperclass();
        if (!(parent instanceof DeclaredType declared)) {
            return null;
        }
        TypeElement element = (TypeElement) declared.asElement();
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }

    private static List<MetamodelAttribute> declared(TypeElement entity, boolean declarative, Types types,
            Elements elements) {
        TypeMirror collection = types.erasure(elements.getTypeElement("java.util.Collection").asType());
        List<MetamodelAttribute> attributes = new ArrayList<>();
        for (Element member : entity.getEnclosedElements()) {
            if (member.getKind() != ElementKind.FIELD || member.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            VariableElement field = (VariableElement) member;
            AnnotationMirror relationship = annotation(field, RELATIONSHIP);
            if (relationship != null) {
                attributes.add(new MetamodelAttribute(name(field), true, TypeNames.of(target(field, relationship, types, collection))));
            } else if (declarative ? annotation(field, MAPPED_COLUMN) != null || annotation(field, VERSION) != null
                    : !field.getModifiers().contains(Modifier.TRANSIENT)) {
                attributes.add(new MetamodelAttribute(name(field), false, TypeNames.of(types, field.asType())));
            }
        }
        return attributes;
    }

    private static String name(VariableElement field) {
        return field.getSimpleName().toString();
    }

    /** The related class: {@code @Relationship(target = …)}, else a collection's element type, else the field's type. */
    private static TypeMirror target(VariableElement field, AnnotationMirror relationship, Types types, TypeMirror collection) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
                : relationship.getElementValues().entrySet()) {
            if (value.getKey().getSimpleName().contentEquals("target") && value.getValue().getValue() instanceof TypeMirror t) {
                return t;
            }
        }
        TypeMirror type = field.asType();
        if (type instanceof DeclaredType declared && types.isAssignable(types.erasure(type), collection)
                && !declared.getTypeArguments().isEmpty()) {
            return declared.getTypeArguments().get(0);
        }
        return type;
    }

    static AnnotationMirror annotation(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return mirror;
            }
        }
        return null;
    }
}
