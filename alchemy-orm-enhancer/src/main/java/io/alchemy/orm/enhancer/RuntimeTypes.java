package io.alchemy.orm.enhancer;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;

/**
 * The alchemy-orm types an enhanced class refers to, described from the class path of the module being enhanced
 * (the {@link ClassFileLocator} the plugin engine passes, which sees the module's dependencies).
 */
final class RuntimeTypes {
    private final TypePool pool;

    RuntimeTypes(ClassFileLocator classPath) {
        this.pool = TypePool.Default.of(classPath);
    }

    /** {@link RuntimeNames#MANAGED_ENTITY}, the interface the enhanced class implements. */
    TypeDescription managedEntity() {
        return describe(RuntimeNames.MANAGED_ENTITY);
    }

    /** {@link RuntimeNames#INSTANCE_STATE}, the type of the field holding the object's state. */
    TypeDescription instanceState() {
        return describe(RuntimeNames.INSTANCE_STATE);
    }

    private TypeDescription describe(String name) {
        TypePool.Resolution resolution = pool.describe(name);
        if (!resolution.isResolved()) {
            throw new IllegalStateException("The Alchemy enhancer cannot find " + name + " on the class path of the "
                    + "module it enhances: that module must depend on io.alchemy:alchemy-orm, of the same version as "
                    + "io.alchemy:alchemy-orm-enhancer");
        }
        return resolution.resolve();
    }
}
