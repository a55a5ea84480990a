package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@code element} with the matches of the regular expression {@code pattern} replaced by {@code replacement}
 * (SQLAlchemy's {@code regexp_replace}), with optional flags: {@code REGEXP_REPLACE(element, pattern, replacement)}
 * where the dialect has it. The flags are SQL text, written as a string literal, never a parameter.
 */
public final class RegexpReplace extends ColumnElement<String> {
    private final ColumnElement<?> element;
    private final ColumnElement<?> pattern;
    private final ColumnElement<?> replacement;
    private final @Nullable String flags;

    RegexpReplace(ColumnElement<?> element, ColumnElement<?> pattern, ColumnElement<?> replacement,
            @Nullable String flags) {
        this.element = element;
        this.pattern = pattern;
        this.replacement = replacement;
        this.flags = checkFlags(flags);
    }

    /** Flags are letters and the like, never empty: an empty string is refused rather than written as {@code ''}. */
    static @Nullable String checkFlags(@Nullable String flags) {
        if (flags != null && flags.isEmpty()) {
            throw new ArgumentError("Regular expression flags must not be empty; pass null for none");
        }
        return flags;
    }

    /** The string searched. */
    public ColumnElement<?> element() {
        return element;
    }

    /** The regular expression. */
    public ColumnElement<?> pattern() {
        return pattern;
    }

    /** What each match is replaced with. */
    public ColumnElement<?> replacement() {
        return replacement;
    }

    /** The flags as given, or {@code null}. */
    public @Nullable String flags() {
        return flags;
    }

    @Override
    public SqlType<String> type() {
        return Types.STRING;
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        element.collectFroms(sink);
        pattern.collectFroms(sink);
        replacement.collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitRegexpReplace(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(flags).add(element).add(pattern).add(replacement);
    }
}
