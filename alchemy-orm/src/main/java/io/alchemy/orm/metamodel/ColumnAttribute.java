package io.alchemy.orm.metamodel;

import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.schema.Column;
import io.alchemy.sql.CacheKeyBuilder;
import io.alchemy.sql.ClauseVisitor;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.TableClause;
import io.alchemy.types.SqlType;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A column attribute of a mapped class ({@code User_.name} in the generated metamodel): it stands for the mapped
 * table's column everywhere a Core column goes ({@code User_.name.eq("sandy")}, {@code select(User_.name)}),
 * compiles exactly as that column and has the same cache key. The column is found through the class's mapper when
 * first needed, so the metamodel may be loaded before the {@link Registry} maps the class. {@link #name()} is the
 * column's name; {@link #attributeName()} the field's.
 *
 * @param <E> the mapped class
 * @param <T> the Java type of the attribute's values
 */
public final class ColumnAttribute<E, T> extends ColumnClause<T> implements EntityColumn {
    private final Class<E> entityClass;
    private final String attributeName;
    private final Entity<E> entity;
    private volatile Resolved resolved;

    private ColumnAttribute(Class<E> entityClass, String attributeName, Entity<E> entity) {
        super(attributeName, null);
        this.entityClass = entityClass;
        this.attributeName = attributeName;
        this.entity = entity;
    }

    /** The attribute {@code attributeName} of {@code entityClass}; used by generated metamodel classes. */
    public static <E, T> ColumnAttribute<E, T> of(Class<E> entityClass, String attributeName) {
        return new ColumnAttribute<>(entityClass, attributeName, null);
    }

    /** A column of {@code entity}'s row in a SELECT: the ORM loads the entity from these columns. */
    static <E> ColumnAttribute<E, Object> ofEntity(Entity<E> entity, String attributeName) {
        return new ColumnAttribute<>(entity.entityClass(), attributeName, entity);
    }

    /** The mapped class. */
    public Class<E> entityClass() {
        return entityClass;
    }

    /** The attribute's name: the field's name ({@code emailAddress}). */
    public String attributeName() {
        return attributeName;
    }

    @Override
    public @Nullable EntitySource entitySource() {
        return entity;
    }

    /** The entity whose row this column belongs to in a SELECT of entities, or {@code null}. */
    public @Nullable Entity<E> entity() {
        return entity;
    }

    /** The mapped property; {@link io.alchemy.orm.exc.UnmappedClassError} when the class is not mapped. */
    public ColumnProperty property() {
        Mapper<E> mapper = Mappers.of(entityClass);
        Resolved current = resolved;
        if (current == null || current.mapper != mapper) {
            current = new Resolved(mapper, mapper.columnProperty(attributeName));
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
    public ColumnClause<?> schemaColumn() {
        return column();
    }

    /** The column's name ({@code email_address}). */
    @Override
    public String name() {
        return column().name();
    }

    @Override
    public String key() {
        return column().key();
    }

    @Override
    public SqlType<T> type() {
        return column().type();
    }

    @Override
    public TableClause table() {
        return column().table();
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
        io.alchemy.orm.mapping.MapperHierarchy hierarchy = property().parent().hierarchy();
        if (hierarchy != null && hierarchy.tables().size() > 1) {
            sink.accept(hierarchy.selectable());      // a joined subclass's attribute reads from its joined tables
            return;
        }
        column().collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return column().accept(visitor);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        column().addCacheKey(key);
    }

    @Override
    public String toString() {
        return entityClass.getSimpleName() + "." + attributeName;
    }

    private record Resolved(Mapper<?> mapper, ColumnProperty property) {
    }
}
