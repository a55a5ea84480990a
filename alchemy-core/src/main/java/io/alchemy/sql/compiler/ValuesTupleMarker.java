package io.alchemy.sql.compiler;

import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.Insert;
import java.util.List;

/**
 * While an insertmanyvalues template compiles, marks where the single-row {@code (…)} of VALUES stands, so that the
 * finished SQL splits into the text before it, the row and the text after it; records the INSERT's columns.
 */
final class ValuesTupleMarker {
    static final char START = '\u0001';
    static final char END = '\u0002';

    private final Insert target;
    private List<ColumnClause<?>> columns;

    ValuesTupleMarker(Insert target) {
        this.target = target;
    }

    /** The row, marked when it is the target's, in place of {@code  VALUES (…)}. */
    String mark(Insert rendered, List<ColumnClause<?>> insertColumns, String tuple) {
        if (rendered != target || columns != null) {
            return " VALUES " + tuple;
        }
        columns = List.copyOf(insertColumns);
        return START + tuple + END;
    }

    /** Whether the target's row was rendered (and marked). */
    boolean marked() {
        return columns != null;
    }

    /** The marked INSERT's columns, in VALUES order. */
    List<ColumnClause<?>> columns() {
        return columns;
    }
}
