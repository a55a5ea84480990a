package io.alchemy.orm.metamodel;

import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.sql.CacheKeyBuilder;
import io.alchemy.sql.ClauseVisitor;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.EntityClause;
import io.alchemy.sql.FromClause;
import java.util.List;
import java.util.function.Consumer;

/**
 * A mapped class in a SELECT's columns clause (SQLAlchemy's {@code select(User)}): it stands for all the mapped
 * columns of the class's table, in attribute order, and a {@link Session} turns those columns of each row into one
 * object through the identity map. {@code select(User.class)} (which makes one through {@link OrmEntityResolver})
 * renders {@code SELECT user_account.id, user_account.name, user_account.fullname FROM user_account}.
 *
 * @param <T> the mapped class
 */
public final class Entity<T> implements EntityClause<T>, EntitySource {
    private final Class<T> entityClass;
    private volatile Columns<T> columns;

    private Entity(Class<T> entityClass) {
        this.entityClass = entityClass;
    }

    /** The entity of a mapped class. */
    public static <T> Entity<T> of(Class<T> entityClass) {
        return new Entity<>(entityClass);
    }

    @Override
    public Class<T> entityClass() {
        return entityClass;
    }

    /** The class's mapper; {@link io.alchemy.orm.exc.UnmappedClassError} when it is not mapped. */
    @Override
    public Mapper<T> mapper() {
        return Mappers.of(entityClass);
    }

    /** The mapped columns of the class's table, in attribute order: what joins and criteria see. */
    @Override
    public List<? extends ColumnElement<?>> columns() {
        return mapper().columnProperties().stream().map(ColumnProperty::column).toList();
    }

    /** The columns a SELECT of the entity lists, each marked with this entity so rows become objects. */
    @Override
    public List<ColumnAttribute<T, Object>> entityColumns() {
        Mapper<T> mapper = mapper();
        Columns<T> current = columns;
        if (current == null || current.mapper != mapper) {
            current = new Columns<>(mapper, mapper.columnProperties().stream()
                    .map(p -> ColumnAttribute.ofEntity(this, p.name())).toList());
            columns = current;
        }
        return current.attributes;
    }

    @Override
    public void collectCovered(Consumer<? super FromClause> sink) {
        sink.accept(this);
        if (mapper().hierarchy() != null && mapper().hierarchy().tables().size() > 1) {
            mapper().hierarchy().selectable().collectCovered(sink);
            return;
        }
        sink.accept(mapper().table());
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return selectable().accept(visitor);
    }

    private FromClause selectable() {
        Mapper<T> mapper = mapper();
        return mapper.hierarchy() == null ? mapper.table() : mapper.hierarchy().selectable();
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        selectable().addCacheKey(key);
    }

    @Override
    public String rowKey() {
        return entityClass.getSimpleName();
    }

    @Override
    public String toString() {
        return "Entity(" + entityClass.getSimpleName() + ")";
    }

    private record Columns<T>(Mapper<T> mapper, List<ColumnAttribute<T, Object>> attributes) {
    }
}
