package io.alchemy.orm.enhancer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import org.junit.jupiter.api.Test;

/**
 * The enhancer on its own, without alchemy-orm: it recognises the ORM's annotations and {@code ManagedEntity} by
 * name (here stand-ins generated under those names), and says which dependency is missing when the module it
 * enhances does not have alchemy-orm. The enhancement itself is tested in alchemy-orm ({@code EnhancerTest}), where
 * the hooks it calls exist.
 */
class AlchemyEnhancerTest {
    private static final TypeDescription MAPPED = stub(new ByteBuddy().makeAnnotation().name(RuntimeNames.MAPPED));
    private static final TypeDescription INSTRUMENTED =
            stub(new ByteBuddy().makeAnnotation().name(RuntimeNames.INSTRUMENTED));
    private static final TypeDescription MANAGED_ENTITY =
            stub(new ByteBuddy().makeInterface().name(RuntimeNames.MANAGED_ENTITY));

    private final AlchemyEnhancer enhancer = new AlchemyEnhancer();

    private static TypeDescription stub(DynamicType.Builder<?> builder) {
        return builder.make().getTypeDescription();
    }

    private static AnnotationDescription annotation(TypeDescription type) {
        return AnnotationDescription.Builder.ofType(type).build();
    }

    private static DynamicType.Unloaded<Object> mappedClass(String name) {
        return new ByteBuddy().subclass(Object.class).name(name).annotateType(annotation(MAPPED)).make();
    }

    @Test
    void enhancesClassesAnnotatedMappedOrInstrumentedOnly() {
        assertThat(enhancer.matches(mappedClass("demo.Mapped").getTypeDescription())).isTrue();
        assertThat(enhancer.matches(new ByteBuddy().subclass(Object.class).name("demo.Instrumented")
                .annotateType(annotation(INSTRUMENTED)).make().getTypeDescription())).isTrue();
        assertThat(enhancer.matches(new ByteBuddy().subclass(Object.class).name("demo.Plain").make()
                .getTypeDescription())).isFalse();
        assertThat(enhancer.matches(new ByteBuddy().makeInterface().name("demo.MappedInterface")
                .annotateType(annotation(MAPPED)).make().getTypeDescription())).isFalse();
    }

    @Test
    void leavesAnAlreadyEnhancedClassAlone() {
        TypeDescription enhanced = new ByteBuddy().subclass(Object.class).name("demo.Enhanced")
                .implement(MANAGED_ENTITY).annotateType(annotation(MAPPED)).make().getTypeDescription();
        assertThat(enhancer.matches(enhanced)).isFalse();
    }

    @Test
    void namesTheMissingDependencyWhenAlchemyOrmIsNotOnTheClassPath() {
        DynamicType.Unloaded<Object> counter = mappedClass("demo.Counter");
        ClassFileLocator classPath = new ClassFileLocator.Compound(ClassFileLocator.Simple.of(counter.getAllTypes()),
                ClassFileLocator.ForClassLoader.ofSystemLoader());
        TypeDescription type = counter.getTypeDescription();
        assertThatThrownBy(() -> enhancer.apply(new ByteBuddy().redefine(type, classPath), type, classPath))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot find " + RuntimeNames.MANAGED_ENTITY)
                .hasMessageContaining("must depend on io.alchemy:alchemy-orm");
    }
}
