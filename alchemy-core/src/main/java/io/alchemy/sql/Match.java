package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A full-text match of one or more columns against a search string (SQLAlchemy's {@code match} operator and MySQL's
 * {@code match()} construct). Each dialect writes its own: {@code MATCH (cols) AGAINST (q IN BOOLEAN MODE)} on
 * MySQL and MariaDB, {@code col @@ plainto_tsquery(q)} on PostgreSQL, {@code col MATCH q} on SQLite; a dialect
 * without full-text matching refuses it at compile time. The options of one dialect (MySQL's search modes,
 * PostgreSQL's text search configuration) are ignored by the others, as SQLAlchemy's dialect keywords are.
 */
public final class Match extends ColumnElement<Boolean> {
    private final List<ColumnElement<?>> columns;
    private final ColumnElement<?> against;
    private final boolean booleanMode;
    private final boolean naturalLanguageMode;
    private final boolean queryExpansion;
    private final @Nullable String regconfig;

    private Match(List<ColumnElement<?>> columns, ColumnElement<?> against, boolean booleanMode,
            boolean naturalLanguageMode, boolean queryExpansion, @Nullable String regconfig) {
        this.columns = List.copyOf(columns);
        this.against = against;
        this.booleanMode = booleanMode;
        this.naturalLanguageMode = naturalLanguageMode;
        this.queryExpansion = queryExpansion;
        this.regconfig = regconfig;
    }

    /** {@code column.match(against)}: the operator, MySQL's BOOLEAN MODE by default. */
    static Match forColumn(ColumnElement<?> column, Object against) {
        return new Match(List.of(column), Coercions.expression(against, column), true, false, false, null);
    }

    /**
     * {@code MATCH (columns) AGAINST (against)} without a search mode (MySQL's {@code match()} construct): choose one
     * with {@link #inBooleanMode()}, {@link #inNaturalLanguageMode()}, {@link #withQueryExpansion()}.
     *
     * @throws ArgumentError when no column is given
     */
    public static Match of(List<? extends ColumnElement<?>> columns, Object against) {
        if (columns == null || columns.isEmpty()) {
            throw new ArgumentError("columns are required");
        }
        return new Match(List.copyOf(columns), Coercions.argument(against, columns.get(0).bindNameBase()), false,
                false, false, null);
    }

    /** The columns searched. */
    public List<ColumnElement<?>> columns() {
        return columns;
    }

    /** The search string or expression. */
    public ColumnElement<?> against() {
        return against;
    }

    /** MySQL: whether {@code IN BOOLEAN MODE} is written. */
    public boolean booleanMode() {
        return booleanMode;
    }

    /** MySQL: whether {@code IN NATURAL LANGUAGE MODE} is written. */
    public boolean naturalLanguageMode() {
        return naturalLanguageMode;
    }

    /** MySQL: whether {@code WITH QUERY EXPANSION} is written. */
    public boolean queryExpansion() {
        return queryExpansion;
    }

    /** PostgreSQL: the text search configuration of {@code plainto_tsquery}, or {@code null}. */
    public @Nullable String regconfig() {
        return regconfig;
    }

    /** MySQL's {@code IN BOOLEAN MODE} on or off (SQLAlchemy's {@code mysql_boolean_mode}). */
    public Match booleanMode(boolean on) {
        return new Match(columns, against, on, naturalLanguageMode, queryExpansion, regconfig);
    }

    /** MySQL's {@code IN BOOLEAN MODE}. */
    public Match inBooleanMode() {
        return booleanMode(true);
    }

    /** MySQL's {@code IN NATURAL LANGUAGE MODE}. */
    public Match inNaturalLanguageMode() {
        return new Match(columns, against, booleanMode, true, queryExpansion, regconfig);
    }

    /** MySQL's {@code WITH QUERY EXPANSION}. */
    public Match withQueryExpansion() {
        return new Match(columns, against, booleanMode, naturalLanguageMode, true, regconfig);
    }

    /**
     * PostgreSQL's text search configuration ({@code plainto_tsquery('english', q)}; SQLAlchemy's
     * {@code postgresql_regconfig}), written as a string literal.
     */
    public Match regconfig(String config) {
        if (config == null || config.isBlank()) {
            throw new ArgumentError("A text search configuration is a name such as 'english', got " + config);
        }
        return new Match(columns, against, booleanMode, naturalLanguageMode, queryExpansion, config);
    }

    /** The operator, for precedence: a comparison. */
    public Operator operator() {
        return Operator.MATCH;
    }

    @Override
    public SqlType<Boolean> type() {
        return Types.BOOLEAN;
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        columns.forEach(column -> column.collectFroms(sink));
        against.collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitMatch(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(booleanMode, naturalLanguageMode, queryExpansion, regconfig, columns.size());
        columns.forEach(key::add);
        key.add(against);
    }
}
