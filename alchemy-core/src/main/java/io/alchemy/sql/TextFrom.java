package io.alchemy.sql;

import java.util.List;

/**
 * A {@code text()} fragment used as a FROM element ({@code selectFrom(text("a LEFT OUTER JOIN b ON …"))}),
 * SQLAlchemy's TextClause in the FROM role: rendered as written, its {@code :name} binds becoming the statement's
 * named parameters. It exports no columns.
 */
public final class TextFrom implements FromClause {
    private final TextElement text;

    TextFrom(TextClause clause) {
        this.text = new TextElement(clause);
    }

    /** The fragment as an element of the statement. */
    public TextElement text() {
        return text;
    }

    @Override
    public List<? extends ColumnElement<?>> columns() {
        return List.of();
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitText(text);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(TextFrom.class).add(text);
    }

    @Override
    public String toString() {
        return text.text();
    }
}
