package io.alchemy.orm;

/**
 * Listens to a {@link Session}'s unit of work (SQLAlchemy's session events): before and after each flush that has
 * something to write, and after each commit or rollback. Register one on {@link SessionOptions#withEvents} (every
 * Session made with those options, as a {@link SessionFactory} does) or on one Session with
 * {@link Session#addEvents}. Every method does nothing by default; a listener runs on the thread that flushes, and an
 * exception it throws propagates to the caller.
 */
public interface SessionEvents {

    /** Before a flush writes {@code counts} objects (explicit, autoflush and before commit alike). */
    default void beforeFlush(Session session, FlushCounts counts) {
    }

    /** After a flush wrote {@code counts} objects, before the transaction commits. */
    default void afterFlush(Session session, FlushCounts counts) {
    }

    /** After a flush of {@code counts} objects failed with {@code failure} (the Session then needs a rollback). */
    default void afterFlushFailed(Session session, FlushCounts counts, RuntimeException failure) {
    }

    /** After the Session's transaction committed. */
    default void afterCommit(Session session) {
    }

    /** After the Session's transaction rolled back (by {@link Session#rollback()}, not on close). */
    default void afterRollback(Session session) {
    }

    /**
     * How many objects a flush writes: new ones inserted, changed ones updated (not counting those also deleted),
     * deleted ones. An object whose changes produce no UPDATE (a value set to what it was, a changed collection
     * alone) is not counted as updated: before the flush, the dirty objects with a changed column or many-to-one;
     * after it, the objects the flush's UPDATEs wrote (children whose foreign key the flush changed included).
     *
     * @param inserted the new objects
     * @param updated the objects whose row an UPDATE writes (or wrote), not deleted
     * @param deleted the deleted objects
     */
    record FlushCounts(int inserted, int updated, int deleted) {

        /** Whether the flush writes nothing. */
        public boolean isEmpty() {
            return inserted + updated + deleted == 0;
        }
    }
}
