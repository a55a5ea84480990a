package io.alchemy.samples.clinic.owner;

import io.alchemy.orm.Mapped;

/**
 * A cat: a pet of its own class, without columns of its own. (Each subclass with columns of its own costs one more
 * SELECT when its pets are loaded, for all of them: the owner page counts its statements.)
 */
@Mapped(polymorphicIdentity = Cat.KIND)
public class Cat extends Pet {
    static final String KIND = "cat";

    /** A cat without details, for {@link Pet#of}. */
    public Cat() {
    }

    @Override
    public String kind() {
        return KIND;
    }
}
