package io.alchemy.orm.processor;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** The source text of one generated metamodel class. */
final class MetamodelSource {
    private final TypeElement entity;
    private final String packageName;
    private final String simpleName;
    private final List<MetamodelAttribute> attributes;

    MetamodelSource(TypeElement entity, Elements elements, List<MetamodelAttribute> attributes) {
        this.entity = entity;
        PackageElement pkg = elements.getPackageOf(entity);
        this.packageName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
        this.simpleName = flatName(entity) + "_";
        this.attributes = attributes;
    }

    /** {@code User} → {@code User}; {@code Outer.User} → {@code Outer_User}. */
    private static String flatName(TypeElement type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Element outer = type.getEnclosingElement(); outer.getKind().isClass() || outer.getKind().isInterface()
                || outer.getKind() == ElementKind.ENUM || outer.getKind() == ElementKind.RECORD;
                outer = outer.getEnclosingElement()) {
            name.insert(0, outer.getSimpleName() + "_");
        }
        return name.toString();
    }

    /** The generated class's qualified name. */
    String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    String render() {
        String entityName = entity.getQualifiedName().toString();
        StringBuilder out = new StringBuilder();
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        out.append("import io.alchemy.orm.metamodel.ColumnAttribute;\n")
                .append("import io.alchemy.orm.metamodel.RelationshipAttribute;\n")
                .append("import javax.annotation.processing.Generated;\n\n")
                .append("/** The typed attributes of {@link ").append(entityName).append("}, generated from its mapping. */\n")
                .append("@Generated(\"io.alchemy.orm.processor.MetamodelProcessor\")\n")
                .append("public final class ").append(simpleName).append(" {\n");
        for (MetamodelAttribute attribute : attributes) {
            String kind = attribute.relationship() ? "RelationshipAttribute" : "ColumnAttribute";
            out.append("    /** {@code ").append(entity.getSimpleName()).append('.').append(attribute.name())
                    .append("}: ").append(attribute.relationship() ? "relationship" : "column").append(". */\n")
                    .append("    public static final ").append(kind).append('<').append(entityName).append(", ")
                    .append(attribute.valueType()).append("> ").append(attribute.name()).append(" =\n            ")
                    .append(kind).append(".of(").append(entityName).append(".class, \"").append(attribute.name())
                    .append("\");\n\n");
        }
        out.append("    private ").append(simpleName).append("() {\n    }\n}\n");
        return out.toString();
    }
}
