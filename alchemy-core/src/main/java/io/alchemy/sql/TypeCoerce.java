package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import java.util.function.Consumer;

/**
 * An expression treated as another type on the Java side (how values bind and read) without any CAST in the SQL:
 * SQLAlchemy's {@code type_coerce}.
 *
 * @param <T> the Java type the values are treated as
 */
public final class TypeCoerce<T> extends ColumnElement<T> {
    private final ColumnElement<?> element;
    private final SqlType<T> type;

    TypeCoerce(ColumnElement<?> element, SqlType<T> type) {
        if (type == null) {
            throw new ArgumentError("typeCoerce() needs a target type");
        }
        this.element = element;
        this.type = type;
    }

    /** The expression, rendered as it is. */
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
    public String anonymousLabelBase() {
        return element.anonymousLabelBase();
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
        return visitor.visitTypeCoerce(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(type).add(element);
    }
}
