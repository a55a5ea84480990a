package io.alchemy.sql;

import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@code element} matches the regular expression {@code pattern} (SQLAlchemy's {@code regexp_match}), or does not
 * ({@link #not()}), with optional flags. Each dialect writes it its own way ({@code ~} and {@code ~*} on PostgreSQL,
 * {@code REGEXP} or {@code REGEXP_LIKE} on MySQL, {@code REGEXP} on SQLite); a dialect without regular expressions
 * refuses it at compile time. The flags are SQL text, written as a string literal, never a parameter.
 */
public final class RegexpMatch extends ColumnElement<Boolean> {
    private final ColumnElement<?> element;
    private final ColumnElement<?> pattern;
    private final @Nullable String flags;
    private final boolean negated;

    RegexpMatch(ColumnElement<?> element, ColumnElement<?> pattern, @Nullable String flags, boolean negated) {
        this.element = element;
        this.pattern = pattern;
        this.flags = RegexpReplace.checkFlags(flags);
        this.negated = negated;
    }

    /** The string matched. */
    public ColumnElement<?> element() {
        return element;
    }

    /** The regular expression. */
    public ColumnElement<?> pattern() {
        return pattern;
    }

    /** The flags as given ({@code "i"}, {@code "ig"}), or {@code null}. */
    public @Nullable String flags() {
        return flags;
    }

    /** Whether this is the negation (does not match). */
    public boolean isNegated() {
        return negated;
    }

    RegexpMatch negated() {
        return new RegexpMatch(element, pattern, flags, !negated);
    }

    /** The operator, for precedence: a comparison. */
    public Operator operator() {
        return negated ? Operator.NOT_REGEXP_MATCH : Operator.REGEXP_MATCH;
    }

    @Override
    public SqlType<Boolean> type() {
        return Types.BOOLEAN;
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        element.collectFroms(sink);
        pattern.collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitRegexpMatch(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(negated, flags).add(element).add(pattern);
    }
}
