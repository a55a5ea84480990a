package io.alchemy.orm.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generates the typed metamodel of mapped classes: for {@code User} annotated {@code @Mapped} (or
 * {@code @Instrumented}), a class {@code User_} in the same package with one static attribute per mapped field,
 * {@code User_.name} a {@code ColumnAttribute<User, String>} usable in every Core expression and
 * {@code User_.addresses} a {@code RelationshipAttribute<User, Address>}. A nested class {@code Outer.User} gets
 * {@code Outer_User_}. Registered in {@code META-INF/services}, so javac runs it whenever alchemy-orm is on the
 * compile path.
 */
public final class MetamodelProcessor extends AbstractProcessor {
    static final String MAPPED = "io.alchemy.orm.Mapped";
    static final String INSTRUMENTED = "io.alchemy.orm.Instrumented";

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(MAPPED, INSTRUMENTED);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element.getKind() == ElementKind.CLASS) {
                    generate((TypeElement) element);
                } else {
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                            "@" + annotation.getSimpleName() + " applies to classes only", element);
                }
            }
        }
        return false;
    }

    private void generate(TypeElement entity) {
        List<MetamodelAttribute> attributes = MetamodelAttribute.of(entity, processingEnv.getTypeUtils(),
                processingEnv.getElementUtils());
        MetamodelSource source = new MetamodelSource(entity, processingEnv.getElementUtils(), attributes);
        try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(source.qualifiedName(), entity);
            try (Writer out = file.openWriter()) {
                out.write(source.render());
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "Cannot write the metamodel " + source.qualifiedName() + ": " + e.getMessage(), entity);
        }
    }
}
