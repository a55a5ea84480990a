package io.alchemy.sql;

import java.util.List;

/**
 * The row-locking clause of a SELECT: {@code FOR UPDATE}, {@code FOR SHARE} (read), with {@code NOWAIT} or
 * {@code SKIP LOCKED}, optionally {@code OF} some tables. Databases without a feature ignore it (SQLite has no row
 * locks) or reject it with a {@link io.alchemy.exc.CompileError}.
 *
 * @param read {@code FOR SHARE} instead of {@code FOR UPDATE}
 * @param nowait fail instead of waiting for locked rows
 * @param skipLocked skip locked rows
 * @param of the tables whose rows are locked; empty for all
 */
public record ForUpdate(boolean read, boolean nowait, boolean skipLocked, List<FromClause> of) {

    /** Plain {@code FOR UPDATE}. */
    public static final ForUpdate UPDATE = new ForUpdate(false, false, false, List.of());

    public ForUpdate {
        of = List.copyOf(of);
        if (nowait && skipLocked) {
            throw new io.alchemy.exc.ArgumentError("FOR UPDATE takes NOWAIT or SKIP LOCKED, not both");
        }
    }

    /** {@code FOR SHARE}. */
    public static ForUpdate share() {
        return new ForUpdate(true, false, false, List.of());
    }

    /** The same clause with {@code NOWAIT}. */
    public ForUpdate withNowait() {
        return new ForUpdate(read, true, false, of);
    }

    /** The same clause with {@code SKIP LOCKED}. */
    public ForUpdate withSkipLocked() {
        return new ForUpdate(read, false, true, of);
    }

    /** The same clause limited to some tables ({@code OF t}). */
    public ForUpdate of(FromClause... tables) {
        return new ForUpdate(read, nowait, skipLocked, List.of(tables));
    }
}
