package io.alchemy.orm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.Instrumented;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import io.alchemy.orm.Version;
import io.alchemy.orm.enhancer.RuntimeNames;
import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The enhancer (module alchemy-orm-enhancer) cannot import alchemy-orm, so it names the types and members that
 * enhanced bytecode uses ({@link RuntimeNames}); each name must be the real one, or every application's build would
 * produce classes that fail at run time. Moving or renaming one of them fails here.
 */
class RuntimeNamesTest {

    @Test
    void theAnnotationsTheEnhancerLooksForAreTheOrmsAndStayInTheClassFile() {
        assertThat(RuntimeNames.MAPPED).isEqualTo(Mapped.class.getName());
        assertThat(RuntimeNames.INSTRUMENTED).isEqualTo(Instrumented.class.getName());
        assertThat(RuntimeNames.MAPPED_COLUMN).isEqualTo(MappedColumn.class.getName());
        assertThat(RuntimeNames.VERSION).isEqualTo(Version.class.getName());
        assertThat(RuntimeNames.RELATIONSHIP).isEqualTo(Relationship.class.getName());
        for (Class<? extends Annotation> annotation : List.of(Mapped.class, Instrumented.class, MappedColumn.class,
                Version.class, Relationship.class)) {
            assertThat(annotation.getAnnotation(Retention.class).value()).as(annotation.getName())
                    .isNotEqualTo(RetentionPolicy.SOURCE);
        }
    }

    @Test
    void theInterfaceEnhancedClassesImplementHasTheStateAccessors() throws Exception {
        assertThat(RuntimeNames.MANAGED_ENTITY).isEqualTo(ManagedEntity.class.getName());
        assertThat(ManagedEntity.class.isInterface()).isTrue();
        assertThat(ManagedEntity.class.getMethod(RuntimeNames.STATE).getReturnType()).isEqualTo(InstanceState.class);
        assertThat(ManagedEntity.class.getMethod(RuntimeNames.STATE, InstanceState.class).getReturnType())
                .isEqualTo(void.class);
    }

    @Test
    void theHooksTheGeneratedAccessorsCallExistWithTheirDescriptors() throws Exception {
        assertThat(RuntimeNames.INSTANCE_STATE).isEqualTo(InstanceState.class.getName());
        assertThat(RuntimeNames.INSTANCE_STATE_INTERNAL).isEqualTo(InstanceState.class.getName().replace('.', '/'));
        assertThat(RuntimeNames.INSTANCE_STATE_DESCRIPTOR)
                .isEqualTo(MethodType.methodType(void.class, InstanceState.class).toMethodDescriptorString()
                        .replace("(", "").replace(")V", ""));
        assertThat(descriptor(hook(RuntimeNames.ON_READ, 3))).isEqualTo(RuntimeNames.ON_READ_DESCRIPTOR);
        assertThat(descriptor(hook(RuntimeNames.ON_WRITE, 4))).isEqualTo(RuntimeNames.ON_WRITE_DESCRIPTOR);
        assertThat(descriptor(hook(RuntimeNames.ON_GET, 4))).isEqualTo(RuntimeNames.RELATIONSHIP_HOOK_DESCRIPTOR);
        assertThat(descriptor(hook(RuntimeNames.ON_SET, 4))).isEqualTo(RuntimeNames.RELATIONSHIP_HOOK_DESCRIPTOR);
    }

    /** The public static method {@code name} of InstanceState taking {@code arity} arguments (there is one). */
    private static Method hook(String name, int arity) {
        List<Method> found = List.of(InstanceState.class.getMethods()).stream()
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
                .toList();
        assertThat(found).as(name).hasSize(1);
        Method method = found.get(0);
        assertThat(Modifier.isStatic(method.getModifiers())).as(name + " is static").isTrue();
        return method;
    }

    private static String descriptor(Method method) {
        return MethodType.methodType(method.getReturnType(), method.getParameterTypes()).toMethodDescriptorString();
    }
}
