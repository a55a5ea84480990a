package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import java.util.function.Consumer;

/**
 * {@code expression AS name}: names a column of a result. In a columns clause it renders {@code … AS name}; ORDER BY
 * and GROUP BY of the same SELECT may refer to it by name ({@code orderBy("name")}, {@code desc("name")}).
 *
 * @param <T> the Java type of the values
 */
public final class Label<T> extends ColumnElement<T> {
    private final String name;
    private final ColumnElement<T> element;

    Label(String name, ColumnElement<T> element) {
        if (name == null || name.isBlank()) {
            throw new ArgumentError("A label needs a non-empty name");
        }
        this.name = name;
        this.element = element;
    }

    /** The label. */
    public String name() {
        return name;
    }

    /** The labelled expression. */
    public ColumnElement<T> element() {
        return element;
    }

    @Override
    public SqlType<T> type() {
        return element.type();
    }

    @Override
    public String naturalName() {
        return name;
    }

    @Override
    public String anonymousLabelBase() {
        return name;
    }

    /** Values compared with a label are anonymous ({@code :param_1}), as SQLAlchemy names them. */
    @Override
    public String bindNameBase() {
        return "param";
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        element.collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitLabel(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(name).add(element);
    }
}
