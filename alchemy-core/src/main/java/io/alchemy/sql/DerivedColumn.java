package io.alchemy.sql;

import io.alchemy.types.SqlType;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A column of an alias, subquery or CTE: {@code user_account_1.name}, {@code anon_1.count}. It stands for the
 * column or expression it was derived from (its {@link #origin()}), which is how joins to it find foreign keys.
 *
 * @param <T> the Java type of the values
 */
public final class DerivedColumn<T> extends ColumnElement<T> {
    private final AliasedFrom parent;
    private final int index;
    private final SelectColumn source;
    private final ColumnElement<T> origin;

    DerivedColumn(AliasedFrom parent, int index, SelectColumn source, ColumnElement<T> origin) {
        this.parent = parent;
        this.index = index;
        this.source = source;
        this.origin = origin;
    }

    /** The alias, subquery or CTE this column belongs to. */
    public AliasedFrom parent() {
        return parent;
    }

    /** The name inside the parent, or {@code null} when the inner column has an anonymous label. */
    public @Nullable String name() {
        return source.name() != null ? source.name() : source.neverLabelled() ? source.key() : null;
    }

    /** The column of the parent's element this one is derived from. */
    public SelectColumn source() {
        return source;
    }

    /** The key of this column in {@code parent.c(key)}. */
    public String key() {
        return source.key();
    }

    /** The expression this column stands for (a table column, for an alias of a table). */
    public ColumnElement<T> origin() {
        return origin;
    }

    @Override
    public SqlType<T> type() {
        return origin.type();
    }

    @Override
    public String naturalName() {
        return source.key();
    }

    @Override
    public String anonymousLabelBase() {
        return source.key();
    }

    @Override
    public String bindNameBase() {
        return source.key();
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        sink.accept(parent);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitDerivedColumn(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(parent).add(index);
    }

    @Override
    public String toString() {
        return parent.description() + "." + key();
    }
}
