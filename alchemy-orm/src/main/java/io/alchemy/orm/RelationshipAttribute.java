package io.alchemy.orm;

/**
 * A relationship attribute of a mapped class in the generated metamodel ({@code User_.addresses}), naming the
 * relationship in loader options and joins. The relationship is found through the class's mapper when first needed.
 *
 * @param <E> the mapped class
 * @param <T> the related class
 */
public final class RelationshipAttribute<E, T> {
    private final Class<E> entityClass;
    private final String name;

    private RelationshipAttribute(Class<E> entityClass, String name) {
        this.entityClass = entityClass;
        this.name = name;
    }

    /** The relationship {@code name} of {@code entityClass}; used by generated metamodel classes. */
    public static <E, T> RelationshipAttribute<E, T> of(Class<E> entityClass, String name) {
        return new RelationshipAttribute<>(entityClass, name);
    }

    /** The mapped class. */
    public Class<E> entityClass() {
        return entityClass;
    }

    /** The attribute's name: the field's name. */
    public String name() {
        return name;
    }

    /** The mapped relationship; {@link io.alchemy.orm.exc.UnmappedClassError} when the class is not mapped. */
    public RelationshipProperty property() {
        return Mappers.of(entityClass).relationship(name);
    }

    /** The related class's mapper. */
    @SuppressWarnings("unchecked")
    public Mapper<T> target() {
        return (Mapper<T>) property().target();
    }

    @Override
    public String toString() {
        return entityClass.getSimpleName() + "." + name;
    }
}
