package io.alchemy.types;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * What a type asks of the database it binds values to and reads them from: a few capabilities and the driver's
 * way with JSON. {@code io.alchemy.dialect.Dialect} is one, so types know nothing of dialects (as SQLAlchemy's
 * {@code bind_processor(dialect)} reads only what it needs from the dialect).
 */
public interface TypeContext {

    /** A real BOOLEAN column type (SQLite and MySQL store booleans as integers). */
    boolean supportsNativeBoolean();

    /** A real UUID column type (otherwise UUIDs are stored as 36-character strings). */
    boolean supportsNativeUuid();

    /**
     * Whether dates and times are bound and read as {@code java.time} values; otherwise they are ISO 8601 text
     * (SQLite, as SQLAlchemy stores them there).
     */
    boolean supportsNativeDateTime();

    /** Whether the database keeps a timestamp's offset; where it does not, aware values are stored in UTC. */
    boolean supportsTimezones();

    /**
     * Binds an exact decimal (never null). By default as a JDBC decimal; a database whose driver sends decimals as
     * text (SQLite) binds one a double holds exactly as a number, so that it compares with computed values.
     */
    default void bindDecimal(PreparedStatement statement, int index, java.math.BigDecimal value) throws SQLException {
        statement.setBigDecimal(index, value);
    }

    /** Binds a JSON document's text ({@code null}: SQL NULL), as the driver wants it typed. */
    void bindJson(PreparedStatement statement, int index, String json) throws SQLException;

    /**
     * Binds the index of a JSON element ({@code json.get("key")}): a JSON path ({@code $."key"}, {@code $[0]})
     * where the database extracts by path, else the key or position as it is.
     */
    void bindJsonIndex(PreparedStatement statement, int index, Object key) throws SQLException;
}
