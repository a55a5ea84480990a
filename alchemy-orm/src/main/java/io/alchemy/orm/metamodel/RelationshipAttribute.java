package io.alchemy.orm.metamodel;

import io.alchemy.orm.mapping.JoinConditions;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.JoinPath;
import io.alchemy.sql.JoinSpec;
import io.alchemy.sql.JoinType;
import java.util.List;

/**
 * A relationship attribute of a mapped class in the generated metamodel ({@code User_.addresses}), naming the
 * relationship in loader options and joins. The relationship is found through the class's mapper when first needed.
 * A SELECT joins along it ({@code select(Address.class).join(Address_.user)}: the target and the ON clause from the
 * relationship), and it makes the relationship criteria of SQLAlchemy: {@link #any}, {@link #has}, {@link #eq},
 * {@link #ne}, {@link #contains} and {@link #withParent}.
 *
 * @param <E> the mapped class
 * @param <T> the related class
 */
public final class RelationshipAttribute<E, T> implements JoinPath {
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
    public List<JoinSpec> joins(JoinType type) {
        RelationshipProperty relationship = property();
        return JoinConditions.joins(relationship, relationship.parent().table(), relationship.parent().table(),
                relationship.target().table(), relationship.secondary(), type);
    }

    /**
     * {@code EXISTS (SELECT 1 FROM address WHERE user_account.id = address.user_id AND …)}: some related object of a
     * collection meets all the criteria (none: there is any related object).
     */
    public ColumnElement<Boolean> any(ColumnElement<?>... criteria) {
        return RelationshipCriteria.exists(property(), criteria);
    }

    /** {@code EXISTS (SELECT 1 FROM user_account WHERE user_account.id = address.user_id AND …)} for one object. */
    public ColumnElement<Boolean> has(ColumnElement<?>... criteria) {
        return RelationshipCriteria.exists(property(), criteria);
    }

    /** A many-to-one refers to {@code related}: {@code ? = address.user_id} ({@code IS NULL} for null). */
    public ColumnElement<Boolean> eq(T related) {
        return RelationshipCriteria.eq(property(), related);
    }

    /** A many-to-one does not refer to {@code related}: {@code address.user_id != ? OR address.user_id IS NULL}. */
    public ColumnElement<Boolean> ne(T related) {
        return RelationshipCriteria.ne(property(), related);
    }

    /** A one-to-many collection contains {@code related}: {@code user_account.id = ?} (its foreign key's value). */
    public ColumnElement<Boolean> contains(T related) {
        return RelationshipCriteria.contains(property(), related);
    }

    /**
     * The related objects of {@code parent} through {@code attribute}: {@code select(Address.class).where(
     * withParent(user, User_.addresses))} renders {@code WHERE ? = address.user_id}.
     */
    public static <E> ColumnElement<Boolean> withParent(E parent, RelationshipAttribute<? super E, ?> attribute) {
        return RelationshipCriteria.withParent(parent, attribute.property());
    }

    @Override
    public String toString() {
        return entityClass.getSimpleName() + "." + name;
    }
}
