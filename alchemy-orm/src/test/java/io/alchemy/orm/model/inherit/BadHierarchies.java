package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** Inheritance mappings the registry refuses, each with a typed error naming the class and the fix. */
public final class BadHierarchies {
    private BadHierarchies() {
    }

    /** A mapped base without a discriminator. */
    @Mapped(table = "bad_plain")
    public static class Plain {
        @MappedColumn(primaryKey = true) @Nullable Integer id;
    }

    /** Extends it: rows of the two could not be told apart. */
    @Mapped(polymorphicIdentity = "sub")
    public static class PlainSub extends Plain {
    }

    /** A joined-table subclass asking for its columns inline. */
    @Mapped(table = "bad_inline_sub", polymorphicIdentity = "inline",
            polymorphicLoad = io.alchemy.orm.PolymorphicLoad.INLINE)
    public static class InlineJoined extends Base {
        @MappedColumn @Nullable Integer extra;
    }

    /** A base with a discriminator. */
    @Mapped(table = "bad_base", polymorphicOn = "kind")
    public static class Base {
        @MappedColumn(primaryKey = true) @Nullable Integer id;
        @MappedColumn(length = 10) @Nullable String kind;
    }

    /** One subclass with identity "twin". */
    @Mapped(polymorphicIdentity = "twin")
    public static class First extends Base {
    }

    /** Another subclass with the same identity. */
    @Mapped(polymorphicIdentity = "twin")
    public static class Second extends Base {
    }

    /** A concrete subclass without identity. */
    @Mapped
    public static class Anonymous extends Base {
    }

    /** A subclass declaring a primary key of its own. */
    @Mapped(table = "bad_keyed", polymorphicIdentity = "keyed")
    public static class Keyed extends Base {
        @MappedColumn(primaryKey = true) @Nullable Integer otherId;
    }

    /** A discriminator naming no attribute. */
    @Mapped(table = "bad_unknown_on", polymorphicOn = "species")
    public static class UnknownOn {
        @MappedColumn(primaryKey = true) @Nullable Integer id;
    }

    /** A superclass with mapped fields but neither @Mapped nor @MappedSuperclass. */
    public abstract static class Unannotated {
        @MappedColumn(primaryKey = true) protected @Nullable Integer id;
    }

    /** Inherits its key from an unannotated class. */
    @Mapped(table = "bad_orphan")
    public static class Orphan extends Unannotated {
    }
}
