package io.alchemy.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@code left JOIN right ON …}: a FROM element made of two others. Without an explicit ON clause the compiler
 * infers it from the single foreign key between the two sides (also through aliases and subqueries).
 */
public final class Join implements FromClause {
    private final FromClause left;
    private final FromClause right;
    private final ColumnElement<?> onClause;
    private final JoinType type;

    Join(FromClause left, FromClause right, ColumnElement<?> onClause, JoinType type) {
        this.left = java.util.Objects.requireNonNull(left, "left");
        this.right = java.util.Objects.requireNonNull(right, "right");
        this.onClause = onClause == null ? null : Coercions.criterion(onClause);
        this.type = type;
    }

    public FromClause left() {
        return left;
    }

    public FromClause right() {
        return right;
    }

    /** The explicit ON clause, or {@code null} when it is to be inferred. */
    public @Nullable ColumnElement<?> onClause() {
        return onClause;
    }

    public JoinType type() {
        return type;
    }

    @Override
    public List<ColumnElement<?>> columns() {
        List<ColumnElement<?>> all = new ArrayList<>(left.columns());
        all.addAll(right.columns());
        return all;
    }

    @Override
    public void collectCovered(Consumer<? super FromClause> sink) {
        sink.accept(this);
        left.collectCovered(sink);
        right.collectCovered(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitJoin(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(type).add(left).add(right).add(onClause);
    }

    @Override
    public String toString() {
        return "Join(" + AliasedFrom.describe(left) + " " + type.sql() + " " + AliasedFrom.describe(right) + ")";
    }
}
