package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@code CASE WHEN c1 THEN r1 … ELSE r END}, or the "simple" form {@code CASE value WHEN v1 THEN r1 … END}.
 * Built generatively: {@code caseWhen(cond, "a").when(other, "b").otherwise("c")}.
 *
 * @param <T> the Java type of the results
 */
public final class Case<T> extends ColumnElement<T> {
    /** One {@code WHEN condition THEN result}. */
    public record When(ColumnElement<?> condition, ColumnElement<?> result) {
    }

    private final ColumnElement<?> value;
    private final List<When> whens;
    private final ColumnElement<?> otherwise;

    private Case(ColumnElement<?> value, List<When> whens, ColumnElement<?> otherwise) {
        this.value = value;
        this.whens = List.copyOf(whens);
        this.otherwise = otherwise;
    }

    /** A searched CASE with its first branch. */
    static <T> Case<T> searched(ColumnElement<?> condition, Object result) {
        return new Case<T>(null, List.of(), null).when(condition, result);
    }

    /** A simple CASE over {@code value}, without branches yet. */
    static <T> Case<T> simple(ColumnElement<?> value) {
        return new Case<>(value, List.of(), null);
    }

    /**
     * Adds {@code WHEN condition THEN result}; for a simple CASE the condition is a value compared with it, bound as
     * an anonymous {@code :param_N} as SQLAlchemy's {@code case(…, value=…)} does.
     */
    public Case<T> when(Object condition, Object result) {
        if (otherwise != null) {
            throw new ArgumentError("CASE branches must come before otherwise()");
        }
        ColumnElement<?> when = value == null ? Coercions.criterion(condition) : Coercions.expression(condition, value);
        if (value != null && when instanceof BindParameter<?> bound && !(condition instanceof ColumnElement<?>)) {
            when = BindParameter.anonymous("param", bound.value(), bound.type());
        }
        List<When> all = new ArrayList<>(whens);
        all.add(new When(when, Coercions.argument(result, "param")));
        return new Case<>(value, all, null);
    }

    /** Adds the {@code ELSE} result. */
    public Case<T> otherwise(Object result) {
        if (whens.isEmpty()) {
            throw new ArgumentError("CASE needs at least one when() before otherwise()");
        }
        return new Case<>(value, whens, Coercions.argument(result, "param"));
    }

    /** The compared value of a simple CASE, or {@code null}. */
    public @Nullable ColumnElement<?> value() {
        return value;
    }

    public List<When> whens() {
        return whens;
    }

    /** The ELSE result, or {@code null}. */
    public @Nullable ColumnElement<?> otherwise() {
        return otherwise;
    }

    @Override
    @SuppressWarnings("unchecked")
    public SqlType<T> type() {
        for (When when : whens) {
            if (when.result().type() != null) {
                return (SqlType<T>) when.result().type();
            }
        }
        return otherwise == null ? null : (SqlType<T>) otherwise.type();
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        if (value != null) {
            value.collectFroms(sink);
        }
        for (When when : whens) {
            when.condition().collectFroms(sink);
            when.result().collectFroms(sink);
        }
        if (otherwise != null) {
            otherwise.collectFroms(sink);
        }
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitCase(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(value).add(whens.size());
        for (When when : whens) {
            key.add(when.condition()).add(when.result());
        }
        key.add(otherwise);
    }
}
