package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.List;
import java.util.Map;

/**
 * {@code INSERT … ON CONFLICT …}, shared by PostgreSQL's and SQLite's upserts: the INSERT builders plus
 * {@link #onConflictDoNothing} and {@link #onConflictDoUpdate}, where the new values may refer to the proposed row
 * through {@link #excluded()}. Immutable and generative, like {@link Insert}.
 *
 * @param <S> the dialect's statement type, returned by every builder
 */
public abstract class OnConflictInsert<S extends OnConflictInsert<S>> extends Upsert {
    private final Alias excluded;

    protected OnConflictInsert(Insert insert, UpsertClause.OnConflict clause, List<ColumnElement<?>> returning) {
        super(insert, clause, returning);
        this.excluded = insert.table().alias("excluded");
    }

    /** A copy with other parts: each dialect's statement builds its own type. */
    protected abstract S copy(Insert insert, UpsertClause.OnConflict clause, List<ColumnElement<?>> returning);

    private UpsertClause.OnConflict onConflict() {
        return (UpsertClause.OnConflict) clause();
    }

    /** The row proposed for insertion, {@code excluded}: {@code excluded().c("fullname")} renders {@code excluded.fullname}. */
    public Alias excluded() {
        return excluded;
    }

    /** Values by column key, as {@link Insert#values(Map)}. */
    public S values(Map<String, ?> columnValues) {
        return copy(insert().values(columnValues), onConflict(), returningList());
    }

    /** One value for one column, as {@link Insert#values(ColumnClause, Object)}. */
    public S values(ColumnClause<?> column, Object value) {
        return copy(insert().values(column, value), onConflict(), returningList());
    }

    /** A multi-row VALUES, as {@link Insert#values(List)}. */
    public S values(List<? extends Map<String, ?>> rows) {
        return copy(insert().values(rows), onConflict(), returningList());
    }

    /** {@code RETURNING columns…} (tables stand for all their columns). */
    public S returning(Object... columns) {
        return copy(insert(), onConflict(), withReturning(columns));
    }

    /** {@code ON CONFLICT DO NOTHING}: skip any row that violates a unique constraint. */
    public S onConflictDoNothing() {
        return onConflictDoNothing(ConflictTarget.ANY);
    }

    /** {@code ON CONFLICT (target) DO NOTHING}. */
    public S onConflictDoNothing(ConflictTarget target) {
        return copy(insert(), clause(target, null, null), returningList());
    }

    /**
     * {@code ON CONFLICT (target) DO UPDATE SET column = value, …}: keys are column keys or columns; values are plain
     * values (bound as parameters) or SQL expressions such as {@code excluded().c("name")}.
     */
    public S onConflictDoUpdate(ConflictTarget target, Map<?, ?> set) {
        return onConflictDoUpdate(target, set, null);
    }

    /** {@code ON CONFLICT (target) DO UPDATE SET … WHERE where}: only conflicting rows matching {@code where} change. */
    public S onConflictDoUpdate(ConflictTarget target, Map<?, ?> set, ColumnElement<Boolean> where) {
        if (target == null || target.isAny()) {
            throw new ArgumentError("ON CONFLICT DO UPDATE needs a conflict target: ConflictTarget.indexElements(...) "
                    + "or ConflictTarget.constraint(...)");
        }
        return copy(insert(), clause(target, setValues(set), where), returningList());
    }

    private UpsertClause.OnConflict clause(ConflictTarget target, Map<ColumnClause<?>, ColumnElement<?>> set,
            ColumnElement<?> where) {
        if (target == null) {
            throw new ArgumentError("The conflict target is null; use ConflictTarget.ANY for none");
        }
        if (clause() != null) {
            throw new ArgumentError("This Insert construct already has an ON CONFLICT clause established");
        }
        return new UpsertClause.OnConflict(target.resolve(this), target.indexWhere(), target.constraintName(), set, where);
    }
}
