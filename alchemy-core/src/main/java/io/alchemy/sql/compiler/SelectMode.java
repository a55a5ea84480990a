package io.alchemy.sql.compiler;

/** How a SELECT is embedded, which decides its labels, its correlation and whether it defines the result. */
enum SelectMode {
    /** The statement itself: its columns are the result's. */
    TOP(false, false, true),
    /** Embedded without correlation or labels: INSERT … SELECT, later members of a top-level compound. */
    PLAIN(false, false, false),
    /** A subquery or CTE in a FROM clause: every column labelled ({@code AS name}), explicit correlation only. */
    FROM(true, false, false),
    /** A LATERAL subquery: labelled, and correlated to the FROM elements before it. */
    LATERAL(true, true, false),
    /** A scalar subquery, EXISTS or IN: correlated to the enclosing statement. */
    SCALAR(false, true, false);

    final boolean labelAll;
    final boolean correlating;
    final boolean recordsResult;

    SelectMode(boolean labelAll, boolean correlating, boolean recordsResult) {
        this.labelAll = labelAll;
        this.correlating = correlating;
        this.recordsResult = recordsResult;
    }

    /** The mode of member {@code index} of a compound select in this mode. */
    SelectMode forMember(int index) {
        return this == TOP && index > 0 ? PLAIN : this;
    }
}
