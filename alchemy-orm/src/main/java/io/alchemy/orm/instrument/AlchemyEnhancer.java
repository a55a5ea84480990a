package io.alchemy.orm.instrument;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ManagedEntity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * (goal {@code transform}, or {@code transform-test} for test classes) on every class annotated
 * {@link io.alchemy.orm.Mapped} or {@link io.alchemy.orm.Instrumented}. It makes the class implement
 * {@link ManagedEntity} with a transient field holding its {@link InstanceState}, generates a private reader and
 * writer per mapped field that call the state's hooks, and rewrites every read and write of those fields in the
 * class's own code to go through them. Enhancing is idempotent: an enhanced class is left alone.
 */
public final class AlchemyEnhancer implements Plugin {

    @Override
    public boolean matches(TypeDescription target) {
        return EnhancedFields.wanted(target);
    }

    @Override
    public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder, TypeDescription type,
            ClassFileLocator classFileLocator) {
        List<FieldDescription.InDefinedShape> fields = EnhancedFields.of(type);
        DynamicType.Builder<?> enhanced = builder.implement(ManagedEntity.class)
                .defineField(EnhancedFields.STATE_FIELD, InstanceState.class, Visibility.PRIVATE,
                        FieldPersistence.TRANSIENT, SyntheticState.SYNTHETIC)
                .method(named(EnhancedFields.STATE_FIELD).and(takesArguments(0)))
                .intercept(FieldAccessor.ofField(EnhancedFields.STATE_FIELD))
                .method(named(EnhancedFields.STATE_FIELD).and(takesArguments(1)))
                .intercept(FieldAccessor.ofField(EnhancedFields.STATE_FIELD));
        for (FieldDescription.InDefinedShape field : fields) {
            enhanced = enhanced
                    .defineMethod(EnhancedFields.reader(field.getName()), field.getType(), Visibility.PRIVATE,
                            SyntheticState.SYNTHETIC)
                    .intercept(AccessorCode.reader(field, EnhancedFields.isRelationship(field)))
                    .defineMethod(EnhancedFields.writer(field.getName()), void.class, Visibility.PRIVATE,
                            SyntheticState.SYNTHETIC)
                    .withParameters(field.getType())
                    .intercept(AccessorCode.writer(field, EnhancedFields.isRelationship(field)));
        }
        Set<String> names = fields.stream().map(FieldDescription::getName).collect(Collectors.toUnmodifiableSet());
        return enhanced.visit(new FieldAccessRewriter(type, names));
    }

    @Override
    public void close() {
    }
}
