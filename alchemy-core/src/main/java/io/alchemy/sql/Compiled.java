package io.alchemy.sql;

import java.util.List;

/**
 * A statement compiled for one dialect: the JDBC SQL with {@code ?} placeholders, the bind slots in placeholder
 * order, the result columns when they are known at compile time (empty: take them from the JDBC metadata), the
 * columns whose generated values the driver should return, and the kind of statement. Immutable and cacheable.
 *
 * @param sql the SQL sent to JDBC
 * @param binds one slot per {@code ?}, in order
 * @param resultColumns columns known to be returned, in order; empty when unknown
 * @param generatedKeys column names to ask the driver for generated values of (JDBC generated keys); empty if none
 * @param kind what the statement does
 */
public record Compiled(String sql, List<BindSlot> binds, List<ResultColumn> resultColumns,
        List<String> generatedKeys, StatementKind kind) {

    public Compiled {
        binds = List.copyOf(binds);
        resultColumns = List.copyOf(resultColumns);
        generatedKeys = List.copyOf(generatedKeys);
    }

    /** A statement without parameters or known result columns, such as DDL. */
    public static Compiled of(String sql, StatementKind kind) {
        return new Compiled(sql, List.of(), List.of(), List.of(), kind);
    }
}
