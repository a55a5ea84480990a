package io.alchemy.orm;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.metamodel.ColumnAttribute;
import io.alchemy.orm.metamodel.EntitySource;
import io.alchemy.sql.AliasedFrom;
import io.alchemy.sql.CacheKeyBuilder;
import io.alchemy.sql.ClauseVisitor;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.DerivedColumn;
import io.alchemy.sql.EntityClause;
import io.alchemy.sql.FromClause;
import java.util.List;
import java.util.function.Consumer;

/**
 * A mapped class over another FROM element (SQLAlchemy's {@code aliased()}): an alias of its table, for a
 * self-join ({@code aliased(Address.class)} renders {@code address AS address_1}), or a subquery, CTE or union whose
 * columns carry the mapped columns ({@code aliased(Address.class, subq)}). Selected, it yields objects of the class
 * through the Session's identity map; {@link #get} gives its columns typed by the metamodel
 * ({@code a1.get(Address_.emailAddress)} is a {@code ColumnElement<String>} rendering {@code address_1.email_address}).
 *
 * @param <T> the mapped class
 */
public final class Aliased<T> implements EntityClause<T>, EntitySource {
    private final Class<T> entityClass;
    private final AliasedFrom from;
    private final String name;
    private final List<AliasedColumn<?>> entityColumns;

    private Aliased(Class<T> entityClass, AliasedFrom from, String name) {
        this.entityClass = entityClass;
        this.from = from;
        this.name = name;
        this.entityColumns = mapper().columnProperties().stream()
                .<AliasedColumn<?>>map(p -> new AliasedColumn<>(this, columnFor(p.column().key(), p.name())))
                .toList();
    }

    /** An anonymous alias of the class's table: {@code address AS address_1}. */
    public static <T> Aliased<T> aliased(Class<T> entityClass) {
        return new Aliased<>(entityClass, Mappers.of(entityClass).table().alias(), null);
    }

    /** A named alias of the class's table: {@code address AS a1}; objects are keyed {@code a1} in rows. */
    public static <T> Aliased<T> aliased(Class<T> entityClass, String name) {
        return new Aliased<>(entityClass, Mappers.of(entityClass).table().alias(name), name);
    }

    /**
     * The class over a subquery, CTE or alias whose columns include every mapped column by name
     * ({@code select(Address.class).where(…).subquery()}); {@link ArgumentError} naming a missing column otherwise.
     */
    public static <T> Aliased<T> aliased(Class<T> entityClass, AliasedFrom from) {
        if (from == null) {
            throw new ArgumentError("aliased(" + entityClass.getSimpleName() + ".class, from) needs a subquery, CTE or alias");
        }
        return new Aliased<>(entityClass, from, from.name());
    }

    private DerivedColumn<?> columnFor(String key, String attribute) {
        for (DerivedColumn<?> column : from.columns()) {
            if (key.equals(column.key())) {
                return column;
            }
        }
        throw new ArgumentError(from + " has no column '" + key + "' for " + entityClass.getSimpleName() + "."
                + attribute + "; it has " + from.columns().stream().map(DerivedColumn::key).toList());
    }

    /** The alias's column for a metamodel attribute: {@code a1.get(Address_.emailAddress)}. */
    @SuppressWarnings("unchecked")
    public <V> ColumnElement<V> get(ColumnAttribute<? super T, V> attribute) {
        return (ColumnElement<V>) columnFor(attribute.key(), attribute.attributeName());
    }

    @Override
    public Class<T> entityClass() {
        return entityClass;
    }

    /** The FROM element the class is aliased over. */
    public AliasedFrom from() {
        return from;
    }

    @Override
    public Mapper<T> mapper() {
        return Mappers.of(entityClass);
    }

    @Override
    public String rowKey() {
        return name != null ? name : entityClass.getSimpleName();
    }

    /** The alias's columns for the mapped attributes, in attribute order. */
    @Override
    public List<? extends ColumnElement<?>> columns() {
        return entityColumns.stream().map(c -> c.aliasColumn()).toList();
    }

    @Override
    public List<AliasedColumn<?>> entityColumns() {
        return entityColumns;
    }

    @Override
    public void collectCovered(Consumer<? super FromClause> sink) {
        sink.accept(this);
        from.collectCovered(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return from.accept(visitor);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        from.addCacheKey(key);
    }

    @Override
    public String toString() {
        return "aliased(" + entityClass.getSimpleName() + ", " + from + ")";
    }
}
