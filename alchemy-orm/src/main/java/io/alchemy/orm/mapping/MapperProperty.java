package io.alchemy.orm.mapping;

/** One mapped attribute of a class: a column ({@link ColumnProperty}) or related objects ({@link RelationshipProperty}). */
public sealed interface MapperProperty permits ColumnProperty, RelationshipProperty {

    /** The attribute's name: the Java field's name. */
    String name();

    /** The mapper of the class that declares the attribute. */
    Mapper<?> parent();
}
