package io.alchemy.orm.exc;

import io.alchemy.exc.InvalidRequestError;

/** A mapped class was not enhanced at build time, so the ORM cannot see reads and writes of its fields; the message says how to add the enhancer to the build. */
public class ClassNotEnhancedError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public ClassNotEnhancedError(String message) {
        super(message);
    }

    public ClassNotEnhancedError(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The error for mapping {@code type}, which is not enhanced: the message shows the {@code byte-buddy-maven-plugin}
     * block to add, with the plugin's version and the {@code alchemy-orm-enhancer} dependency pinned.
     */
    public static ClassNotEnhancedError of(Class<?> type) {
        return new ClassNotEnhancedError("Mapped class " + type.getName() + " is not enhanced: Alchemy cannot see "
                + "reads and writes of its fields, which expiry, lazy loading and change tracking need. "
                + "Add the enhancer to the build of the module that declares it:\n" + EnhancerBuildBlock.text()
                + "(goal transform-test for classes under src/test; see docs/design/0005-orm-instrumentation.md). "
                + "An IDE that compiles on its own must delegate the build to Maven.");
    }
}
