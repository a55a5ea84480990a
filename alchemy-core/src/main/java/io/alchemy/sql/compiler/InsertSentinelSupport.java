package io.alchemy.sql.compiler;

/**
 * Whether a dialect's multi-row {@code INSERT … RETURNING} can be trusted to assign a table's autoincrement key in
 * the order of the rows sent, so that sorting the returned rows by that key puts them in parameter order
 * (SQLAlchemy's "implicit sentinel").
 */
public enum InsertSentinelSupport {
    /** No: rows with database-generated keys go one INSERT per parameter set (SQLite, whose RETURNING order is arbitrary). */
    NONE,
    /** Yes, with the plain {@code INSERT … VALUES (…), (…)} (MariaDB's AUTO_INCREMENT, H2's identity). */
    AUTOINCREMENT,
    /**
     * Yes, when the rows come from {@code INSERT … SELECT … FROM (VALUES …) ORDER BY sentinel}, which PostgreSQL
     * guarantees to process, and so to number, in that order.
     */
    INSERT_FROM_SELECT
}
