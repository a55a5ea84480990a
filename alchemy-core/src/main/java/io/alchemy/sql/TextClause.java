package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Textual SQL (SQLAlchemy's {@code text()}): sent as written, with {@code :name} bind parameters (see
 * {@link TextBindParser} for what is not a bind). Immutable: {@link #bindparam}, {@link #bindparams} and
 * {@link #columns} return new clauses that give binds a type or a fixed value and declare typed result columns.
 * <pre>{@code
 * text("SELECT id, name FROM user_account WHERE id > :id")
 *         .bindparam("id", INTEGER)
 *         .columns(column("id", INTEGER), column("name", STRING));
 * }</pre>
 */
public final class TextClause implements Executable {
    private final String text;
    private final TextBindParser.Parsed parsed;
    private final Map<String, SqlType<?>> types;
    private final Map<String, Object> values;
    private final List<ResultColumn> columns;
    private final Set<String> uniqueNames;

    private TextClause(String text, TextBindParser.Parsed parsed, Map<String, SqlType<?>> types,
            Map<String, Object> values, List<ResultColumn> columns) {
        this(text, parsed, types, values, columns, Set.of());
    }

    private TextClause(String text, TextBindParser.Parsed parsed, Map<String, SqlType<?>> types,
            Map<String, Object> values, List<ResultColumn> columns, Set<String> uniqueNames) {
        this.text = text;
        this.parsed = parsed;
        this.types = Collections.unmodifiableMap(types);
        this.values = Collections.unmodifiableMap(values);
        this.columns = List.copyOf(columns);
        this.uniqueNames = Set.copyOf(uniqueNames);
    }

    /**
     * The binds made unique by {@link #bindparams(BindParameter...)} with a {@link BindParameter#unique()} parameter:
     * inside a statement they are numbered ({@code :foo_1}), so that several fragments may use the same name.
     */
    public Set<String> uniqueNames() {
        return uniqueNames;
    }

    /** Textual SQL with {@code :name} binds. */
    public static TextClause of(String sql) {
        Objects.requireNonNull(sql, "sql");
        return new TextClause(sql, TextBindParser.parse(sql), Map.of(), Map.of(), List.of());
    }

    /** The SQL as written. */
    public String text() {
        return text;
    }

    /** The distinct bind parameter names, in order of first appearance. */
    public List<String> bindNames() {
        return List.copyOf(new LinkedHashSet<>(parsed.names()));
    }

    /** The same SQL with the bind {@code name} bound through {@code type}. */
    public TextClause bindparam(String name, SqlType<?> type) {
        checkName(name);
        Map<String, SqlType<?>> newTypes = new LinkedHashMap<>(types);
        newTypes.put(name, Objects.requireNonNull(type, "type"));
        return new TextClause(text, parsed, newTypes, new LinkedHashMap<>(values), columns, uniqueNames);
    }

    /** The same SQL with the bind {@code name} typed and given a value (execution parameters still override it). */
    public TextClause bindparam(String name, SqlType<?> type, Object value) {
        return bindparam(name, type).bindparams(Collections.singletonMap(name, value));
    }

    /** The same SQL with values fixed for some binds (SQLAlchemy's {@code bindparams(x=5)}). */
    public TextClause bindparams(Map<String, ?> fixedValues) {
        Map<String, Object> newValues = new LinkedHashMap<>(values);
        fixedValues.forEach((name, value) -> {
            checkName(name);
            newValues.put(name, value);
        });
        return new TextClause(text, parsed, new LinkedHashMap<>(types), newValues, columns, uniqueNames);
    }

    /**
     * The same SQL with binds typed and valued by named parameters (SQLAlchemy's
     * {@code bindparams(bindparam("x", 5))}): each parameter's type applies to the bind of its name, and its value
     * when it has one.
     *
     * @throws ArgumentError when a parameter is anonymous or names no bind of this text
     */
    public TextClause bindparams(BindParameter<?>... parameters) {
        Map<String, SqlType<?>> newTypes = new LinkedHashMap<>(types);
        Map<String, Object> newValues = new LinkedHashMap<>(values);
        Set<String> newUnique = new java.util.HashSet<>(uniqueNames);
        for (BindParameter<?> parameter : parameters) {
            String name = parameter.isNamed() ? parameter.key() : parameter.base();
            checkName(name);
            if (!parameter.isNamed()) {
                newUnique.add(name);
            }
            if (parameter.type() != null) {
                newTypes.put(name, parameter.type());
            }
            if (parameter.hasValue()) {
                newValues.put(name, parameter.value());
            }
        }
        return new TextClause(text, parsed, newTypes, newValues, columns, newUnique);
    }

    /**
     * The same SQL declaring its result columns: all of them in order (matched by position), or some of them
     * (matched by name). Rows are keyed by these names and read through these types.
     */
    public TextClause columns(ResultColumn... resultColumns) {
        return new TextClause(text, parsed, new LinkedHashMap<>(types), new LinkedHashMap<>(values),
                Arrays.asList(resultColumns), uniqueNames);
    }

    /** {@link #columns(ResultColumn...)} from columns, as in SQLAlchemy's {@code text(…).columns(column("id", Integer))}. */
    public TextClause columns(ColumnClause<?>... resultColumns) {
        List<ResultColumn> declared = new ArrayList<>();
        for (ColumnClause<?> column : resultColumns) {
            declared.add(new ResultColumn(column.name(), column.type()));
        }
        return columns(declared.toArray(ResultColumn[]::new));
    }

    /**
     * This text with its declared {@link #columns} as a SELECT that composes into other statements (SQLAlchemy's
     * {@code TextualSelect}): a subquery, CTE, scalar subquery, IN operand or UNION member.
     */
    public TextualSelect textualSelect() {
        return new TextualSelect(this);
    }

    /** {@code (text) AS anon_1}: this text with its declared columns as an anonymous subquery. */
    public Subquery subquery() {
        return textualSelect().subquery();
    }

    /** {@code (text) AS name}: this text with its declared columns as a named subquery. */
    public Subquery subquery(String name) {
        return textualSelect().subquery(name);
    }

    /** This text with its declared columns as an anonymous common table expression. */
    public Cte cte() {
        return textualSelect().cte();
    }

    /** This text with its declared columns as a named common table expression. */
    public Cte cte(String name) {
        return textualSelect().cte(name);
    }

    /** {@code (text)} as a value: this text, declaring one column, as a scalar subquery. */
    public <T> ScalarSubquery<T> scalarSubquery() {
        return textualSelect().scalarSubquery();
    }

    /** The declared result columns (empty when none were declared). */
    public List<ResultColumn> resultColumns() {
        return columns;
    }

    @Override
    public Compiled compile(SqlDialect dialect) {
        List<BindSlot> slots = new ArrayList<>(parsed.names().size());
        for (String name : parsed.names()) {
            slots.add(values.containsKey(name) ? BindSlot.withValue(name, types.get(name), values.get(name))
                    : BindSlot.required(name, types.get(name)));
        }
        return new Compiled(jdbcSql(dialect), slots, columns, List.of(), StatementKind.ofSql(text));
    }

    /** The text between the parameters (one more segment than parameters), {@code ?}s written in it included. */
    List<String> segments() {
        return parsed.segments();
    }

    /** The SQL with a {@code ?} per parameter, and the literal {@code ?}s escaped as the dialect's driver needs. */
    private String jdbcSql(SqlDialect dialect) {
        if (text.indexOf('?') < 0) {
            return parsed.jdbcSql();
        }
        StringBuilder sql = new StringBuilder(dialect.escapeQuestionMarks(parsed.segments().get(0)));
        for (int i = 1; i < parsed.segments().size(); i++) {
            sql.append('?').append(dialect.escapeQuestionMarks(parsed.segments().get(i)));
        }
        return sql.toString();
    }

    @Override
    public Object cacheKey() {
        return new CacheKey(text, Map.copyOf(types), Set.copyOf(values.keySet()), columns, uniqueNames);
    }

    @Override
    public Map<String, Object> boundValues() {
        return values;
    }

    @Override
    public String toString() {
        return text;
    }

    private void checkName(String name) {
        if (!parsed.names().contains(name)) {
            throw new ArgumentError("This text() construct doesn't define a bound parameter named '" + name
                    + "'; its parameters are " + bindNames());
        }
    }

    private record CacheKey(String text, Map<String, SqlType<?>> types, Set<String> valued, List<ResultColumn> columns,
            Set<String> unique) {
    }
}
