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
 * @param keyShare PostgreSQL's weaker locks: {@code FOR NO KEY UPDATE}, or with {@code read} {@code FOR KEY SHARE};
 *        other databases lock as without it
 */
public record ForUpdate(boolean read, boolean nowait, boolean skipLocked, List<FromClause> of, boolean keyShare) {

    /** Plain {@code FOR UPDATE}. */
    public static final ForUpdate UPDATE = new ForUpdate(false, false, false, List.of(), false);

    /** A clause without {@code keyShare}. */
    public ForUpdate(boolean read, boolean nowait, boolean skipLocked, List<FromClause> of) {
        this(read, nowait, skipLocked, of, false);
    }

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
        return new ForUpdate(read, true, false, of, keyShare);
    }

    /** The same clause with {@code SKIP LOCKED}. */
    public ForUpdate withSkipLocked() {
        return new ForUpdate(read, false, true, of, keyShare);
    }

    /** The same clause limited to some tables ({@code OF t}). */
    public ForUpdate of(FromClause... tables) {
        return new ForUpdate(read, nowait, skipLocked, List.of(tables), keyShare);
    }

    /**
     * The same clause with PostgreSQL's key-share strength ({@code FOR NO KEY UPDATE} / {@code FOR KEY SHARE},
     * SQLAlchemy's {@code key_share=True}); databases without it lock as without.
     */
    public ForUpdate withKeyShare() {
        return new ForUpdate(read, nowait, skipLocked, of, true);
    }
}
