package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import java.util.function.Consumer;

/**
 * An expression whose values are taken as another SQL type: the part {@link Cast} and {@link TypeCoerce} share.
 * It keeps the converted expression's name, bind names and FROM elements.
 *
 * @param <T> the Java type of the converted values
 */
abstract class TypeConversion<T> extends ColumnElement<T> {
    private final ColumnElement<?> element;
    private final SqlType<T> type;

    TypeConversion(ColumnElement<?> element, SqlType<T> type, String construct) {
        if (type == null) {
            throw new ArgumentError(construct + "() needs a target type");
        }
        this.element = element;
        this.type = type;
    }

    /** The converted expression. */
    public final ColumnElement<?> element() {
        return element;
    }

    @Override
    public final SqlType<T> type() {
        return type;
    }

    @Override
    public final String naturalName() {
        return element.naturalName();
    }

    @Override
    public final String bindNameBase() {
        return element.bindNameBase();
    }

    @Override
    public final void collectFroms(Consumer<? super FromClause> sink) {
        element.collectFroms(sink);
    }

    @Override
    public final void addCacheKey(CacheKeyBuilder key) {
        key.add(type).add(element);
    }
}
