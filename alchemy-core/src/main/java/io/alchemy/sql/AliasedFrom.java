package io.alchemy.sql;

import io.alchemy.exc.NoSuchColumnError;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A FROM element that gives another one a name: an {@link Alias} of a table, a {@link Subquery}, a {@link Cte}.
 * Its columns are {@link DerivedColumn}s of the element's columns. An anonymous one is named when compiling
 * ({@code user_account_1}, {@code anon_1}), in order of appearance in the statement.
 */
public abstract class AliasedFrom implements FromClause, SharedNode {
    private final String name;
    private final List<DerivedColumn<?>> columns;

    AliasedFrom(String name, List<SelectColumn> elementColumns) {
        this.name = name;
        List<DerivedColumn<?>> derived = new ArrayList<>();
        for (int i = 0; i < elementColumns.size(); i++) {
            derived.add(derive(i, elementColumns.get(i)));
        }
        this.columns = List.copyOf(derived);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private DerivedColumn<?> derive(int index, SelectColumn source) {
        return new DerivedColumn(this, index, source, source.element());
    }

    /** The given name, or {@code null} for an anonymous one. */
    public @Nullable String name() {
        return name;
    }

    /** The base of the anonymous name: the table's name for a table alias, {@code anon} otherwise. */
    public abstract String anonymousBase();

    /**
     * The object that anonymous naming is keyed on: the element itself, except for CTEs derived from one another
     * (a recursive CTE and its UNION), which share one name.
     */
    public Object nameIdentity() {
        return this;
    }

    @Override
    public List<DerivedColumn<?>> columns() {
        return columns;
    }

    @Override
    public DerivedColumn<?> c(String key) {
        for (DerivedColumn<?> column : columns) {
            if (key.equals(column.key())) {
                return column;
            }
        }
        throw new NoSuchColumnError(description() + " has no column '" + key + "'; it has "
                + columns.stream().map(DerivedColumn::key).toList());
    }

    /** The column at a 0-based position. */
    public DerivedColumn<?> c(int index) {
        if (index < 0 || index >= columns.size()) {
            throw new NoSuchColumnError(description() + " has " + columns.size() + " columns; there is no column " + index);
        }
        return columns.get(index);
    }

    /** A short name for messages: {@code Subquery(anonymous)}, {@code Alias(u1)}. */
    public String description() {
        return getClass().getSimpleName() + "(" + (name == null ? "anonymous" : name) + ")";
    }

    /** {@link #description()}; a subquery and a CTE print their statement's SQL instead, as SQLAlchemy's str(). */
    @Override
    public String toString() {
        return description();
    }

    /** {@link #description()} for an aliased element, {@code toString()} for any other FROM element. */
    static String describe(FromClause from) {
        return from instanceof AliasedFrom aliased ? aliased.description() : String.valueOf(from);
    }
}
