package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;

/**
 * A name given as a string in ORDER BY or GROUP BY ({@code orderBy("user_id")}): resolved when compiling against
 * the labels and column names of the enclosing SELECT, a {@link io.alchemy.exc.CompileError} when nothing matches.
 */
public final class LabelReference extends ColumnElement<Object> {
    private final String name;

    LabelReference(String name) {
        if (name == null || name.isBlank()) {
            throw new ArgumentError("A label reference needs a non-empty name");
        }
        this.name = name;
    }

    /** The referenced name. */
    public String name() {
        return name;
    }

    @Override
    public SqlType<Object> type() {
        return null;
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitLabelReference(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(name);
    }
}
