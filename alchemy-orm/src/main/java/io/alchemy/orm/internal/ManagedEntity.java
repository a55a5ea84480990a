package io.alchemy.orm.internal;

/**
 * Implemented by every mapped class once the build-time enhancer ({@code io.alchemy.orm.enhancer.AlchemyEnhancer},
 * module alchemy-orm-enhancer) has run: the object carries its {@link InstanceState}, and each read or write of a
 * mapped field goes through the state first. Not for application code; the names start with {@code $alchemy$} to
 * stay clear of the class's own members.
 */
public interface ManagedEntity {

    /** The object's ORM state, or {@code null} while no Session has seen it. */
    InstanceState $alchemy$state();

    /** Sets the object's ORM state. */
    void $alchemy$state(InstanceState state);
}
