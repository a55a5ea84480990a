package io.alchemy.orm;

/**
 * How a query of a base class loads the columns of a mapped subclass (SQLAlchemy's {@code polymorphic_load}), set on
 * the subclass with {@link Mapped#polymorphicLoad()}.
 */
public enum PolymorphicLoad {
    /** {@link #INLINE} for a single-table subclass, {@link #SELECTIN} for a joined-table one. */
    DEFAULT,
    /**
     * In the same SELECT as the base's columns (SQLAlchemy's {@code "inline"}): for a single-table subclass, whose
     * columns are in the base's table, this costs no statement and no join.
     */
    INLINE,
    /**
     * After the rows, with one {@code SELECT … WHERE id IN (…)} for all the query's objects of the subclass
     * (SQLAlchemy's {@code "selectin"}).
     */
    SELECTIN
}
