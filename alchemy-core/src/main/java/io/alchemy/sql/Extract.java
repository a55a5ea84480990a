package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.function.Consumer;

/**
 * A field of a date, time or interval: {@code EXTRACT(field FROM expr)} (SQLAlchemy's {@code extract}). The field is a
 * word such as {@code year}, {@code month}, {@code day}, {@code hour}, {@code dow}, {@code epoch}, which each dialect
 * may spell its own way ({@code millisecond} on MySQL, a {@code STRFTIME} format on SQLite).
 */
public final class Extract extends ColumnElement<Integer> {
    private final String field;
    private final ColumnElement<?> expression;

    private Extract(String field, ColumnElement<?> expression) {
        this.field = field;
        this.expression = expression;
    }

    /**
     * {@code EXTRACT(field FROM expression)}; a plain value becomes a parameter.
     *
     * @throws ArgumentError when the field is not a single word (it is written into the SQL)
     */
    public static Extract of(String field, Object expression) {
        if (field == null || !field.matches("[A-Za-z_]+")) {
            throw new ArgumentError("An extract field is a word such as 'year' or 'month', got " + field);
        }
        return new Extract(field, Coercions.argument(expression, "param"));
    }

    /** The field, as given. */
    public String field() {
        return field;
    }

    /** The date, time or interval expression. */
    public ColumnElement<?> expression() {
        return expression;
    }

    @Override
    public SqlType<Integer> type() {
        return Types.INTEGER;
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        expression.collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitExtract(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(field).add(expression);
    }
}
