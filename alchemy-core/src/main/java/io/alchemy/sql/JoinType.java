package io.alchemy.sql;

/** The kind of a join; there is no RIGHT JOIN (swap the operands of a LEFT one). */
public enum JoinType {
    /** {@code JOIN}. */
    INNER("JOIN"),
    /** {@code LEFT OUTER JOIN}. */
    LEFT("LEFT OUTER JOIN"),
    /** {@code FULL OUTER JOIN}. */
    FULL("FULL OUTER JOIN");

    private final String sql;

    JoinType(String sql) {
        this.sql = sql;
    }

    /** The SQL keywords. */
    public String sql() {
        return sql;
    }
}
