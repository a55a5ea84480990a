package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A SQL function call, {@code name(arg, …)}, built through {@code func}: {@code func.count()} renders
 * {@code count(*)}, {@code func.lower(col)}, {@code func.call("json_each", arg)} any function. Plain values given as
 * arguments become parameters named after the function ({@code lower(:lower_1)}). Some functions render per
 * database ({@code now()} is {@code CURRENT_TIMESTAMP} on SQLite).
 *
 * @param <T> the Java type of the result
 */
public final class SqlFunction<T> extends ColumnElement<T> {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)*");

    private final String name;
    private final List<ColumnElement<?>> arguments;
    private final SqlType<T> type;

    SqlFunction(String name, SqlType<T> type, List<?> arguments) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ArgumentError("'" + name + "' is not a valid SQL function name");
        }
        this.name = name;
        this.type = type;
        List<ColumnElement<?>> coerced = new ArrayList<>();
        for (Object argument : arguments) {
            coerced.add(Coercions.argument(argument, name.substring(name.lastIndexOf('.') + 1)));
        }
        this.arguments = List.copyOf(coerced);
    }

    /** The function's name as written. */
    public String name() {
        return name;
    }

    /** The arguments, in order. */
    public List<ColumnElement<?>> arguments() {
        return arguments;
    }

    /** The same call with a declared return type (which reads its values). */
    public <R> SqlFunction<R> returning(SqlType<R> returnType) {
        return new SqlFunction<>(name, returnType, arguments);
    }

    /** A window function: {@code name(…) OVER (PARTITION BY … ORDER BY … ROWS …)}. */
    public Over<T> over(WindowSpec window) {
        return new Over<>(this, window);
    }

    /** {@code name(…) OVER ()}. */
    public Over<T> over() {
        return new Over<>(this, WindowSpec.EMPTY);
    }

    /** An aggregate restricted to some rows: {@code name(…) FILTER (WHERE criteria)}. */
    public FunctionFilter<T> filter(ColumnElement<?>... criteria) {
        return new FunctionFilter<>(this, BooleanClauseList.and(Arrays.asList(criteria)));
    }

    /** An ordered-set aggregate: {@code name(…) WITHIN GROUP (ORDER BY …)}. */
    public WithinGroup<T> withinGroup(Object... orderBy) {
        return new WithinGroup<>(this, OrderByList.of(orderBy));
    }

    /** This function as a FROM element with named result columns: {@code json_each(?) AS anon_1}. */
    public TableValuedAlias tableValued(String... columnNames) {
        return new TableValuedAlias(this, null, List.of(columnNames));
    }

    /** This function as a single column with its own FROM element: {@code SELECT x FROM f(?) AS x}. */
    public ColumnValued<T> columnValued(String name) {
        return new ColumnValued<>(this, name);
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public String anonymousLabelBase() {
        return shortName();
    }

    /** The name without its package ({@code lala} of {@code foo.bar.lala}), as SQLAlchemy names labels and binds. */
    private String shortName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** Values combined with a function are named after it ({@code upper(:upper_1) || :upper_2}). */
    @Override
    public String bindNameBase() {
        return shortName();
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        arguments.forEach(a -> a.collectFroms(sink));
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitFunction(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(name, type).addAll(arguments);
    }
}
