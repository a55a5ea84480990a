package io.alchemy.sql;

/**
 * Where the row of a single-row {@code INSERT … VALUES (…)} sits in its compiled SQL, so that an executemany can
 * send many rows per statement ({@code VALUES (…), (…), …}, SQLAlchemy's "insertmanyvalues"): the tuple's
 * character range and the range of bind slots inside it.
 *
 * @param start index of the tuple's opening parenthesis in the SQL
 * @param end index just past its closing parenthesis
 * @param firstSlot index of the first bind slot inside the tuple
 * @param slotCount how many bind slots the tuple holds
 * @param sentinelColumn the index among the result columns of the key the database generates in insertion order
 *        (an autoincrement primary key left to it), by which rows returned from one batch are put back in
 *        parameter order; -1 when there is none (rows then come in the order the database returns them)
 */
public record ValuesTuple(int start, int end, int firstSlot, int slotCount, int sentinelColumn) {

    /** The same tuple with a sentinel column. */
    public ValuesTuple withSentinel(int column) {
        return new ValuesTuple(start, end, firstSlot, slotCount, column);
    }

    /** Whether every bind slot of the statement is inside the tuple, so rows can simply be repeated. */
    public boolean holdsAllSlots(int totalSlots) {
        return firstSlot == 0 && slotCount == totalSlots;
    }
}
