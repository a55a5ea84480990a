package io.alchemy.orm;

import io.alchemy.schema.Column;
import io.alchemy.sql.CacheKeyBuilder;
import io.alchemy.sql.ClauseVisitor;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.FromClause;
import io.alchemy.types.SqlType;
import java.util.function.Consumer;

/**
 * A column attribute of a mapped class in the generated metamodel ({@code User_.name}): a {@code ColumnElement}
 * standing for the mapped table's column, so it goes wherever a Core column goes
 * ({@code User_.name.eq("sandy")}). The column is found through the class's mapper when first needed, so the
 * metamodel may be loaded before the {@link Registry} maps the class.
 *
 * @param <E> the mapped class
 * @param <T> the Java type of the attribute's values
 */
public final class ColumnAttribute<E, T> extends ColumnElement<T> {
    private final Class<E> entityClass;
    private final String name;
    private volatile Resolved resolved;

    private ColumnAttribute(Class<E> entityClass, String name) {
        this.entityClass = entityClass;
        this.name = name;
    }

    /** The attribute {@code name} of {@code entityClass}; used by generated metamodel classes. */
    public static <E, T> ColumnAttribute<E, T> of(Class<E> entityClass, String name) {
        return new ColumnAttribute<>(entityClass, name);
    }

    /** The mapped class. */
    public Class<E> entityClass() {
        return entityClass;
    }

    /** The attribute's name: the field's name. */
    public String name() {
        return name;
    }

    /** The mapped property; {@link io.alchemy.orm.exc.UnmappedClassError} when the class is not mapped. */
    public ColumnProperty property() {
        Mapper<E> mapper = Mappers.of(entityClass);
        Resolved current = resolved;
        if (current == null || current.mapper != mapper) {
            current = new Resolved(mapper, mapper.columnProperty(name));
            resolved = current;
        }
        return current.property;
    }

    /** The table column this attribute stands for. */
    @SuppressWarnings("unchecked")
    public Column<T> column() {
        return (Column<T>) property().column();
    }

    @Override
    public SqlType<T> type() {
        return column().type();
    }

    /** Compiles as the column it stands for. */
    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return column().accept(visitor);
    }

    /** The same cache key as the column it stands for. */
    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        column().addCacheKey(key);
    }

    @Override
    public String naturalName() {
        return column().naturalName();
    }

    @Override
    public String anonymousLabelBase() {
        return column().anonymousLabelBase();
    }

    @Override
    public String bindNameBase() {
        return column().bindNameBase();
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        column().collectFroms(sink);
    }

    @Override
    public String toString() {
        return entityClass.getSimpleName() + "." + name;
    }

    private record Resolved(Mapper<?> mapper, ColumnProperty property) {
    }
}
