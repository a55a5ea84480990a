package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code text()} fragment inside a statement ({@code select(text("'some phrase'"), col)},
 * {@code where(text("x > :x"))}): rendered as written, its {@code :name} binds becoming named parameters of the
 * statement. Never labelled in a columns clause.
 */
public final class TextElement extends ColumnElement<Object> {
    private final String text;
    private final List<String> segments;
    private final List<BindParameter<?>> parameters;

    TextElement(TextClause clause) {
        this.text = clause.text();
        if (text.chars().anyMatch(c -> c < 3)) {
            throw new ArgumentError("A text() fragment cannot contain the control characters U+0000 to U+0002");
        }
        Compiled compiled = clause.compile(Display.DIALECT);
        this.segments = clause.segments();
        List<BindParameter<?>> binds = new ArrayList<>();
        java.util.Map<String, BindParameter<?>> unique = new java.util.HashMap<>();
        for (BindSlot slot : compiled.binds()) {
            BindParameter<Object> parameter = slot.hasValue()
                    ? BindParameter.named(slot.name(), type(slot), slot.value())
                    : BindParameter.named(slot.name(), type(slot));
            // a unique bind is one parameter wherever this text repeats it, numbered apart from other texts' ones
            binds.add(clause.uniqueNames().contains(slot.name())
                    ? unique.computeIfAbsent(slot.name(), n -> parameter.unique()) : parameter);
        }
        this.parameters = List.copyOf(binds);
    }

    @SuppressWarnings("unchecked")
    private static SqlType<Object> type(BindSlot slot) {
        return (SqlType<Object>) slot.type();
    }

    /** The SQL as written. */
    public String text() {
        return text;
    }

    /** The text between the parameters: one more segment than parameters. */
    public List<String> segments() {
        return segments;
    }

    /** The named parameters, in order of appearance. */
    public List<BindParameter<?>> parameters() {
        return parameters;
    }

    @Override
    public SqlType<Object> type() {
        return null;
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitText(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(text).addAll(parameters);
    }
}
