package io.alchemy.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A statement compiled for one dialect: the JDBC SQL with {@code ?} placeholders, the bind slots in placeholder
 * order, the result columns when they are known at compile time (empty: take them from the JDBC metadata), the
 * columns whose generated values the driver should return, and the kind of statement. Immutable and cacheable.
 *
 * <p>A compiled form may be cached and reused for another statement of the same shape: {@link #bind} takes that
 * statement's own values ({@link Executable#boundValues(Compiled)}) and the execution parameters. Expanding parameters appear in
 * {@link #sql()} as {@code (__[POSTCOMPILE_name])} until {@link #bind} spells them out.
 *
 * @param sql the SQL sent to JDBC
 * @param binds one slot per {@code ?}, in order
 * @param resultColumns columns known to be returned, in order; empty when unknown
 * @param generatedKeys columns (name and type) whose generated values the driver returns (JDBC generated keys); empty if none
 * @param kind what the statement does
 * @param literalBindNames for each value the compiled statement carries (in the order of
 *        {@link Statement#carriedParameters()}), the name of the parameter it feeds, or {@code null} when not rendered
 * @param expandingBinds for each expanding slot (by its index in {@link #binds()}), the SQL that replaces its
 *        placeholder for an empty list
 */
public record Compiled(String sql, List<BindSlot> binds, List<ResultColumn> resultColumns,
        List<ResultColumn> generatedKeys, StatementKind kind, List<String> literalBindNames,
        Map<Integer, String> expandingBinds) {

    public Compiled {
        binds = List.copyOf(binds);
        resultColumns = List.copyOf(resultColumns);
        generatedKeys = List.copyOf(generatedKeys);
        literalBindNames = Collections.unmodifiableList(new ArrayList<>(literalBindNames));
        expandingBinds = Map.copyOf(expandingBinds);
    }

    /** A compiled form whose values all come from its slots and the execution parameters (textual SQL). */
    public Compiled(String sql, List<BindSlot> binds, List<ResultColumn> resultColumns, List<ResultColumn> generatedKeys,
            StatementKind kind) {
        this(sql, binds, resultColumns, generatedKeys, kind, List.of(), Map.of());
    }

    /** A statement without parameters or known result columns, such as DDL. */
    public static Compiled of(String sql, StatementKind kind) {
        return new Compiled(sql, List.of(), List.of(), List.of(), kind);
    }

    /**
     * The SQL and values for one execution: each slot takes the execution parameter of its name, else the
     * statement's value of that name ({@link Executable#boundValues(Compiled)}), else the slot's own value;
     * {@link io.alchemy.exc.ArgumentError} names a parameter that has none. Expanding parameters become one
     * {@code ?} per element.
     */
    public BoundStatement bind(Map<String, ?> statementValues, Map<String, ?> parameters) {
        return ParameterBinder.bind(this, statementValues, parameters, 0);
    }

    /**
     * {@link #bind(Map, Map)} for a database that takes at most {@code maxParameters} parameters in a statement (0: no
     * limit): when the spelled-out lists would pass it, each expanding IN list of single values is bound as one array
     * instead, {@code x = ANY (?)} ({@code x <> ALL (?)} for NOT IN).
     */
    public BoundStatement bind(Map<String, ?> statementValues, Map<String, ?> parameters, int maxParameters) {
        return ParameterBinder.bind(this, statementValues, parameters, maxParameters);
    }

    /**
     * The values fixed in the statement, by parameter name, as SQLAlchemy's {@code compiled.params}:
     * {@code {name=spongebob, fullname=Spongebob Squarepants}}; parameters without a value map to {@code null}.
     */
    public Map<String, Object> params() {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        for (BindSlot slot : binds) {
            params.putIfAbsent(slot.name(), slot.value());
        }
        return java.util.Collections.unmodifiableMap(params);
    }

    /** This compiled form's values by slot name, for a statement carrying {@code carriedValues} in compile order. */
    public Map<String, Object> namedValues(List<?> carriedValues) {
        if (literalBindNames.size() != carriedValues.size()) {
            throw new io.alchemy.exc.InvalidRequestError("This compiled form expects " + literalBindNames.size()
                    + " statement values but the statement carries " + carriedValues.size()
                    + "; it was compiled from a statement of another shape");
        }
        Map<String, Object> named = new java.util.HashMap<>();
        for (int i = 0; i < literalBindNames.size(); i++) {
            if (literalBindNames.get(i) != null) {
                named.put(literalBindNames.get(i), carriedValues.get(i));
            }
        }
        return named;
    }
}
