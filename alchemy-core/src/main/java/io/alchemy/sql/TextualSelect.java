package io.alchemy.sql;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code text()} SELECT with declared result columns, composable as a SELECT (SQLAlchemy's {@code TextualSelect},
 * what {@code text(…).columns(…)} is there): as a subquery ({@code (SELECT …) AS anon_1}, its columns reachable by
 * {@code c("id")}), a CTE, a scalar subquery, an IN operand or a member of a UNION. Obtain it with
 * {@link TextClause#textualSelect()} or through {@link TextClause#subquery()}, {@link TextClause#cte(String)} and
 * {@link TextClause#scalarSubquery()}; the text and its {@code :name} binds are rendered as written.
 * <pre>{@code
 * Subquery sq = text("SELECT id, name FROM user_account")
 *         .columns(column("id", INTEGER), column("name", STRING)).subquery("u");
 * select(sq.c("name")).where(sq.c("id").gt(5));
 * }</pre>
 */
public final class TextualSelect extends SelectBase {
    private final TextClause clause;
    private final TextElement text;
    private final List<SelectColumn> columns;

    TextualSelect(TextClause clause) {
        this.clause = clause;
        this.text = new TextElement(clause);
        List<SelectColumn> declared = new ArrayList<>();
        for (ResultColumn column : clause.resultColumns()) {
            ColumnClause<?> element = new ColumnClause<>(column.name(), column.type());
            declared.add(new SelectColumn(element, column.name(), null, column.name(), false));
        }
        this.columns = List.copyOf(declared);
    }

    /** The textual SQL with its binds, as given. */
    public TextClause textClause() {
        return clause;
    }

    /** The text as an element of the statement (its binds are the statement's named parameters). */
    public TextElement text() {
        return text;
    }

    /** The declared columns, by name; they are not rendered (the text is the SELECT). */
    @Override
    public List<SelectColumn> selectColumns() {
        return columns;
    }

    @Override
    public List<ColumnElement<?>> orderByList() {
        return List.of();
    }

    @Override
    public @Nullable ColumnElement<?> limitClause() {
        return null;
    }

    @Override
    public @Nullable ColumnElement<?> offsetClause() {
        return null;
    }

    @Override
    public StatementKind kind() {
        return StatementKind.ofSql(clause.text());
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitTextualSelect(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(TextualSelect.class).add(text);
        for (SelectColumn column : columns) {
            key.add(column.name(), column.element().type());
        }
    }
}
