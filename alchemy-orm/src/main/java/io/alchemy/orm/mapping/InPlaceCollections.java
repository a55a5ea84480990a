package io.alchemy.orm.mapping;

import java.util.Collection;
import java.util.Objects;

/**
 * How the ORM reads and writes a relationship held by a {@code final} collection field
 * ({@code private final List<Pet> pets = new ArrayList<>()}), which it never reassigns: reads give a tracked view
 * whose elements are the field's own collection, and writes replace that collection's contents in place. The
 * instrumentation package installs the implementation (this package does not depend on it).
 */
public final class InPlaceCollections {
    /** The implementation: the tracked view of a field's collection, and the in-place replacement of its contents. */
    public interface Views {
        /** The tracked view of {@code relationship} of {@code entity}, whose elements are {@code held}. */
        Collection<?> view(Object entity, RelationshipProperty relationship, Collection<?> held);

        /** Makes {@code held} (the field's collection) hold what {@code value} holds, keeping its pending changes. */
        void assign(Object entity, RelationshipProperty relationship, Collection<?> held, Object value);
    }

    private static volatile Views views;

    private InPlaceCollections() {
    }

    /** Installs the implementation. */
    public static void install(Views implementation) {
        views = Objects.requireNonNull(implementation);
    }

    static Views views() {
        Views current = views;
        if (current == null) {
            throw new IllegalStateException("No in-place collection views: io.alchemy.orm is not initialized");
        }
        return current;
    }
}
