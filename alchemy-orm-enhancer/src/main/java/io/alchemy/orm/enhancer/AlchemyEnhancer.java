package io.alchemy.orm.enhancer;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.util.List;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.modifier.FieldPersistence;
import net.bytebuddy.description.modifier.SyntheticState;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.implementation.FieldAccessor;

/**
 * The build-time enhancer of mapped classes, a ByteBuddy {@link Plugin} run by {@code byte-buddy-maven-plugin}
 * (goal {@code transform}, or {@code transform-test} for test classes, with {@code io.alchemy:alchemy-orm-enhancer}
 * among the plugin's dependencies) on every class annotated {@code @Mapped} or {@code @Instrumented}. It makes the
 * class implement {@code ManagedEntity} with a transient field holding its {@code InstanceState}, generates a private
 * reader and writer per mapped field that call the state's hooks, and rewrites every read and write of those fields
 * in the class's own code to go through them. A {@code @MappedSuperclass} is enhanced the same way; a class whose
 * superclass is enhanced too keeps the state there (reached through the inherited {@code ManagedEntity} method) and
 * routes its own fields and the mapped fields it inherits and may touch. Enhancing is idempotent: an enhanced class is left alone. The ORM types
 * are found by name ({@link RuntimeNames}) on the class path of the module being enhanced.
 */
public final class AlchemyEnhancer implements Plugin {

    @Override
    public boolean matches(TypeDescription target) {
        return EnhancedFields.wanted(target);
    }

    @Override
    public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder, TypeDescription type,
            ClassFileLocator classFileLocator) {
        RuntimeTypes runtime = new RuntimeTypes(classFileLocator);
        boolean inheritsState = EnhancedFields.inheritsState(type);
        List<FieldDescription.InDefinedShape> fields = new java.util.ArrayList<>(EnhancedFields.of(type));
        if (inheritsState) {
            for (FieldDescription.InDefinedShape field : EnhancedFields.inherited(type)) {
                if (fields.stream().noneMatch(f -> f.getName().equals(field.getName()))) {
                    fields.add(field);
                }
            }
        }
        DynamicType.Builder<?> enhanced = builder.implement(runtime.managedEntity());
        if (!inheritsState) {
            enhanced = enhanced.defineField(RuntimeNames.STATE, runtime.instanceState(), Visibility.PRIVATE,
                            FieldPersistence.TRANSIENT, SyntheticState.SYNTHETIC)
                    .method(named(RuntimeNames.STATE).and(takesArguments(0)))
                    .intercept(FieldAccessor.ofField(RuntimeNames.STATE))
                    .method(named(RuntimeNames.STATE).and(takesArguments(1)))
                    .intercept(FieldAccessor.ofField(RuntimeNames.STATE));
        }
        for (FieldDescription.InDefinedShape field : fields) {
            enhanced = enhanced
                    .defineMethod(EnhancedFields.reader(field.getName()), field.getType(), Visibility.PRIVATE,
                            SyntheticState.SYNTHETIC)
                    .intercept(AccessorCode.reader(field, EnhancedFields.isRelationship(field), inheritsState));
            if (!field.isFinal()) {      // a final collection is changed in place: its assignment stays as written
                enhanced = enhanced
                        .defineMethod(EnhancedFields.writer(field.getName()), void.class, Visibility.PRIVATE,
                                SyntheticState.SYNTHETIC)
                        .withParameters(field.getType())
                        .intercept(AccessorCode.writer(field, EnhancedFields.isRelationship(field), inheritsState));
            }
        }
        java.util.Map<String, String> routed = new java.util.HashMap<>();
        fields.forEach(f -> routed.putIfAbsent(f.getName(), f.getDeclaringType().asErasure().getInternalName()));
        return enhanced.visit(new FieldAccessRewriter(type, routed));
    }

    @Override
    public void close() {
    }
}
