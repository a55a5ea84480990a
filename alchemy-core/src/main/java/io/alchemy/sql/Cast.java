package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import java.util.function.Consumer;

/**
 * {@code CAST(expression AS type)}, rendered with the dialect's type names. In a columns clause it keeps the name
 * of the column it converts ({@code CAST(user_account.id AS VARCHAR) AS id}).
 *
 * @param <T> the Java type of the converted values
 */
public final class Cast<T> extends ColumnElement<T> {
    private final ColumnElement<?> element;
    private final SqlType<T> type;

    Cast(ColumnElement<?> element, SqlType<T> type) {
        if (type == null) {
            throw new ArgumentError("cast() needs a target type");
        }
        this.element = element;
        this.type = type;
    }

    /** The converted expression. */
    public ColumnElement<?> element() {
        return element;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public String naturalName() {
        return element.naturalName();
    }

    @Override
    public String bindNameBase() {
        return element.bindNameBase();
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        element.collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitCast(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(type).add(element);
    }
}
