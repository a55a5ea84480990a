package io.alchemy.orm;

/**
 * How a {@link Session} behaves (SQLAlchemy's {@code sessionmaker} arguments): whether queries and {@code get} flush
 * pending changes first ({@code autoflush}), whether commit expires every object so the next access reloads it
 * ({@code expireOnCommit}), and whether the first operation begins a transaction by itself ({@code autobegin}). All
 * three are on by default. Immutable.
 *
 * @param autoflush flush before queries and {@code get} misses
 * @param expireOnCommit expire every object after commit
 * @param autobegin begin a transaction on first use rather than requiring {@link Session#begin()}
 */
public record SessionOptions(boolean autoflush, boolean expireOnCommit, boolean autobegin) {

    /** The defaults: autoflush, expire on commit, autobegin. */
    public static final SessionOptions DEFAULTS = new SessionOptions(true, true, true);

    /** These options with {@code autoflush} set. */
    public SessionOptions withAutoflush(boolean value) {
        return new SessionOptions(value, expireOnCommit, autobegin);
    }

    /** These options with {@code expireOnCommit} set. */
    public SessionOptions withExpireOnCommit(boolean value) {
        return new SessionOptions(autoflush, value, autobegin);
    }

    /** These options with {@code autobegin} set. */
    public SessionOptions withAutobegin(boolean value) {
        return new SessionOptions(autoflush, expireOnCommit, value);
    }
}
