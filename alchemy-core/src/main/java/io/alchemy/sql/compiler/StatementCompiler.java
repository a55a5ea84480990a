package io.alchemy.sql.compiler;

import io.alchemy.dialect.Dialect;
import io.alchemy.exc.CompileError;
import io.alchemy.sql.Alias;
import io.alchemy.sql.AliasedFrom;
import io.alchemy.sql.Between;
import io.alchemy.sql.BinaryExpression;
import io.alchemy.sql.BindParameter;
import io.alchemy.sql.BooleanClauseList;
import io.alchemy.sql.Case;
import io.alchemy.sql.Cast;
import io.alchemy.sql.ClauseElement;
import io.alchemy.sql.ClauseVisitor;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.ColumnValued;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.CompoundSelect;
import io.alchemy.sql.Constant;
import io.alchemy.sql.Cte;
import io.alchemy.sql.Delete;
import io.alchemy.sql.DerivedColumn;
import io.alchemy.sql.Exists;
import io.alchemy.sql.ForUpdate;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.FunctionFilter;
import io.alchemy.sql.Insert;
import io.alchemy.sql.Join;
import io.alchemy.sql.JoinType;
import io.alchemy.sql.Label;
import io.alchemy.sql.LabelReference;
import io.alchemy.sql.LiteralColumn;
import io.alchemy.sql.Over;
import io.alchemy.sql.ResultColumn;
import io.alchemy.sql.ScalarSubquery;
import io.alchemy.sql.Select;
import io.alchemy.sql.SelectBase;
import io.alchemy.sql.SqlCompiler;
import io.alchemy.sql.SqlFunction;
import io.alchemy.sql.Statement;
import io.alchemy.sql.StatementKind;
import io.alchemy.sql.Subquery;
import io.alchemy.sql.TableClause;
import io.alchemy.sql.TableValuedAlias;
import io.alchemy.sql.TextElement;
import io.alchemy.sql.Tuple;
import io.alchemy.sql.TypeCoerce;
import io.alchemy.sql.UnaryExpression;
import io.alchemy.sql.Update;
import io.alchemy.sql.Upsert;
import io.alchemy.sql.Values;
import io.alchemy.sql.WithinGroup;
import io.alchemy.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Compiles one statement for one dialect: a visitor over the expression tree, one {@code visitXxx} per node kind,
 * holding the state of one compilation (anonymous names, bound parameters, the WITH clause, the nesting scope).
 * The rendering itself lives in {@link ExpressionRenderer}, {@link SelectRenderer} and {@link DmlRenderer}. A new
 * instance per compilation ({@link Dialect#statementCompiler}); dialects subclass it and override the small
 * {@code protected} hooks (LIMIT syntax, RETURNING, concatenation, functions, quoting).
 */
public class StatementCompiler implements ClauseVisitor<String>, SqlCompiler {
    private final Dialect dialect;
    private final CompileOptions options;
    final AnonymousNames names = new AnonymousNames();
    final BindMarkers binds = new BindMarkers();
    final CteClause ctes = new CteClause();
    /** The WITH clause nesting CTEs join: the one of the SELECT being rendered (the top one at first). */
    CteClause cteLevel = ctes;
    private final ExpressionRenderer expressions = new ExpressionRenderer(this);
    private final SelectRenderer selects = new SelectRenderer(this);
    private final DmlRenderer dml = new DmlRenderer(this);
    private final UpsertRenderer upserts = new UpsertRenderer(this, dml);
    Scope scope = Scope.root();
    SelectMode mode = SelectMode.TOP;
    boolean qualifyColumns = true;
    LabelContext labelContext = LabelContext.NONE;
    List<ResultColumn> resultColumns = List.of();
    List<ResultColumn> generatedKeys = List.of();
    /** Set while compiling an insertmanyvalues template: marks the single-row VALUES tuple. */
    ValuesTupleMarker valuesTuple;
    private Statement statement;

    /** Where a label or a label name is being rendered. */
    enum LabelContext { NONE, ORDER_BY, GROUP_BY }

    public StatementCompiler(Dialect dialect, CompileOptions options) {
        this.dialect = dialect;
        this.options = options == null ? CompileOptions.DEFAULT : options;
    }

    /**
     * The compiler {@code dialect} makes: the dialects' compilers are all statement compilers (insertmanyvalues and
     * the renderers need this class's state).
     */
    static StatementCompiler of(Dialect dialect, CompileOptions options) {
        SqlCompiler compiler = dialect.statementCompiler(options);
        if (compiler instanceof StatementCompiler statementCompiler) {
            return statementCompiler;
        }
        throw new IllegalStateException("Dialect " + dialect + " compiles with " + compiler.getClass().getName()
                + ", not a StatementCompiler");
    }

    /** The dialect compiled for. */
    public final Dialect dialect() {
        return dialect;
    }

    /** The options of this compilation. */
    public final CompileOptions options() {
        return options;
    }

    /** The statement being compiled. */
    final Statement statement() {
        return statement;
    }

    /** Compiles a whole statement. A compiler compiles one statement only. */
    @Override
    public final Compiled compile(Statement toCompile) {
        String text = renderText(toCompile);
        BindMarkers.Result result = binds.finish(text, usesNamedParameters(),
                options.inlineLiterals() ? literalRenderer() : null);
        List<String> literalNames = options.inlineLiterals() ? List.of() : binds.namesOf(toCompile.carriedParameters());
        return new Compiled(result.sql(), result.slots(), resultColumns, generatedKeys, toCompile.kind(),
                literalNames, result.expanding());
    }

    /** The statement's text with parameter markers not yet replaced (see {@link BindMarkers#finish}). */
    final String renderText(Statement toCompile) {
        if (statement != null) {
            throw new IllegalStateException("A StatementCompiler compiles one statement; ask the dialect for another");
        }
        statement = toCompile;
        String body = toCompile.accept(this);
        return dialect.escapeQuestionMarks(ctes.render(cteColumnListsWhenRecursive()) + body);
    }

    /** Renders a fragment (a column expression) for display, as {@code str()} of an expression does. */
    @Override
    public final String display(ClauseElement element) {
        // a subquery on its own displays as its SELECT, as SQLAlchemy's str(subquery) does
        String text = element instanceof io.alchemy.sql.Subquery subquery
                ? selects.nested(subquery.select(), SelectMode.TOP) : element.accept(this);
        return binds.finish(dialect.escapeQuestionMarks(ctes.render(cteColumnListsWhenRecursive()) + text), usesNamedParameters(),
                options.inlineLiterals() ? literalRenderer() : null).sql();
    }

    @Override
    public final String ddlExpression(ClauseElement element) {
        return withQualification(false, () -> display(element));
    }

    /**
     * Compiles a fragment (a column expression) as {@link #display} does, keeping its bound parameters in
     * placeholder order: for tests that compare a dialect's SQL of an expression with another paramstyle's.
     */
    public final Compiled displayCompiled(ClauseElement element) {
        String text = element.accept(this);
        BindMarkers.Result result = binds.finish(dialect.escapeQuestionMarks(ctes.render(cteColumnListsWhenRecursive()) + text),
                usesNamedParameters(), options.inlineLiterals() ? literalRenderer() : null);
        return new Compiled(result.sql(), result.slots(), List.of(), List.of(), StatementKind.SELECT, List.of(),
                result.expanding());
    }

    // ---------------------------------------------------------------- visitor: column expressions

    @Override
    public String visitColumn(ColumnClause<?> column) {
        return expressions.column(column);
    }

    @Override
    public String visitDerivedColumn(DerivedColumn<?> column) {
        return expressions.derivedColumn(column);
    }

    @Override
    public String visitLiteralColumn(LiteralColumn<?> column) {
        return column.text();
    }

    @Override
    public String visitText(TextElement text) {
        StringBuilder sql = new StringBuilder(text.segments().get(0));
        for (int i = 0; i < text.parameters().size(); i++) {
            sql.append(render(text.parameters().get(i))).append(text.segments().get(i + 1));
        }
        return sql.toString();
    }

    @Override
    public String visitBindParameter(BindParameter<?> parameter) {
        return binds.marker(parameter, bindName(parameter), null);
    }

    @Override
    public String visitBinary(BinaryExpression<?> binary) {
        return expressions.binary(binary);
    }

    @Override
    public String visitBooleanList(BooleanClauseList list) {
        return expressions.booleanList(list);
    }

    @Override
    public String visitUnary(UnaryExpression<?> unary) {
        return expressions.unary(unary);
    }

    @Override
    public String visitLabel(Label<?> label) {
        return expressions.label(label);
    }

    @Override
    public String visitLabelReference(LabelReference reference) {
        return expressions.labelReference(reference);
    }

    @Override
    public String visitBetween(Between between) {
        return expressions.between(between);
    }

    @Override
    public String visitRegexpMatch(io.alchemy.sql.RegexpMatch match) {
        return regexpMatch(expressions.operand(match.element(), match.operator()),
                expressions.operand(match.pattern(), match.operator()), match.flags(), match.isNegated());
    }

    @Override
    public String visitRegexpReplace(io.alchemy.sql.RegexpReplace replace) {
        return regexpReplace(render(replace.element()), render(replace.pattern()), render(replace.replacement()),
                replace.flags());
    }

    @Override
    public String visitMatch(io.alchemy.sql.Match match) {
        List<String> columns = new ArrayList<>();
        for (ColumnElement<?> column : match.columns()) {
            columns.add(expressions.operand(column, match.operator()));
        }
        return fullTextMatch(match, columns, expressions.operand(match.against(), match.operator()));
    }

    @Override
    public String visitExtract(io.alchemy.sql.Extract extract) {
        return extract(extract.field(), render(extract.expression()));
    }

    @Override
    public String visitCast(Cast<?> cast) {
        String type = castType(cast.type());
        return type == null ? render(cast.element()) : "CAST(" + render(cast.element()) + " AS " + type + ")";
    }

    @Override
    public String visitTypeCoerce(TypeCoerce<?> coerce) {
        return render(coerce.element());
    }

    @Override
    public String visitCase(Case<?> caseExpression) {
        return expressions.caseExpression(caseExpression);
    }

    @Override
    public String visitTuple(Tuple tuple) {
        return expressions.tuple(tuple);
    }

    @Override
    public String visitConstant(Constant<?> constant) {
        return switch (constant.kind()) {
            case NULL -> "NULL";
            case TRUE -> booleanLiteral(true);
            case FALSE -> booleanLiteral(false);
        };
    }

    @Override
    public String visitFunction(SqlFunction<?> function) {
        return functionCall(function);
    }

    @Override
    public String visitOver(Over<?> over) {
        return expressions.over(over);
    }

    @Override
    public String visitFunctionFilter(FunctionFilter<?> filter) {
        if (filter.criteria() instanceof BooleanClauseList list && list.clauses().isEmpty()) {
            return render(filter.function()); // filter() without criteria: the function alone, as SQLAlchemy
        }
        require(dialect.supportsAggregateFilter(), "FILTER (WHERE …) on an aggregate");
        return filterClause(render(filter.function()), render(filter.criteria()));
    }

    @Override
    public String visitWithinGroup(WithinGroup<?> withinGroup) {
        return render(withinGroup.function()) + " WITHIN GROUP (ORDER BY "
                + expressions.list(withinGroup.orderBy()) + ")";
    }

    @Override
    public String visitScalarSubquery(ScalarSubquery<?> subquery) {
        return "(" + selects.nested(subquery.select(), SelectMode.SCALAR) + ")";
    }

    @Override
    public String visitExists(Exists exists) {
        return "EXISTS (" + selects.nested(exists.select(), SelectMode.SCALAR) + ")";
    }

    // ---------------------------------------------------------------- visitor: FROM elements and statements

    @Override
    public String visitTable(TableClause table) {
        return tableName(table);
    }

    @Override
    public String visitAlias(Alias alias) {
        return tableName(alias.table()) + " AS " + quote(fromName(alias));
    }

    @Override
    public String visitSubquery(Subquery subquery) {
        return selects.subquery(subquery);
    }

    @Override
    public String visitCte(Cte cte) {
        return selects.cteReference(cte);
    }

    @Override
    public String visitJoin(Join join) {
        return selects.join(join);
    }

    @Override
    public String visitTableValued(TableValuedAlias alias) {
        return render(alias.function()) + " AS " + quote(fromName(alias));
    }

    @Override
    public String visitValues(Values values) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (List<ColumnElement<?>> row : values.rows()) {
            rows.add(row.stream().map(this::render).toList());
        }
        List<String> names = values.columnNames().stream().map(this::quote).toList();
        return valuesFrom(rows, names, quote(fromName(values)));
    }

    @Override
    public String visitColumnValued(ColumnValued<?> column) {
        return quote(column.name());
    }

    @Override
    public String visitColumnValuedSource(ColumnValued<?>.Source source) {
        return render(source.column().function()) + " AS " + quote(source.column().name());
    }

    @Override
    public String visitSelect(Select<?> select) {
        return selects.select(select, mode);
    }

    @Override
    public String visitCompoundSelect(CompoundSelect compound) {
        return selects.compound(compound, mode);
    }

    @Override
    public String visitTextualSelect(io.alchemy.sql.TextualSelect select) {
        return selects.textual(select, mode);
    }

    @Override
    public String visitInsert(Insert insert) {
        return dml.insert(insert);
    }

    @Override
    public String visitUpdate(Update update) {
        return dml.update(update);
    }

    @Override
    public String visitDelete(Delete delete) {
        return dml.delete(delete);
    }

    @Override
    public String visitUpsert(Upsert upsert) {
        return upserts.upsert(upsert);
    }

    // ---------------------------------------------------------------- shared helpers for the renderers

    /** Renders any element (for dialect hooks that render parts of a statement). */
    protected final String render(ClauseElement element) {
        return element.accept(this);
    }

    /** Runs {@code body} with {@code nested} as the scope and {@code nestedMode}, restoring both afterwards. */
    final String inScope(Scope nested, SelectMode nestedMode, Supplier<String> body) {
        Scope savedScope = scope;
        SelectMode savedMode = mode;
        scope = nested;
        mode = nestedMode;
        try {
            return body.get();
        } finally {
            scope = savedScope;
            mode = savedMode;
        }
    }

    /** Runs {@code body} in a label context, restoring the previous one afterwards. */
    final String withLabelContext(LabelContext context, Supplier<String> body) {
        LabelContext saved = labelContext;
        labelContext = context;
        try {
            return body.get();
        } finally {
            labelContext = saved;
        }
    }

    /** Runs {@code body} rendering columns with or without their table's name. */
    final String withQualification(boolean qualify, Supplier<String> body) {
        boolean saved = qualifyColumns;
        qualifyColumns = qualify;
        try {
            return body.get();
        } finally {
            qualifyColumns = saved;
        }
    }

    /**
     * The name of a parameter: its explicit key, else {@code <base>_<n>}. An explicit name equal to an anonymous
     * one ({@code bindparam("myid_1")} beside {@code myid == 7}) would make two values one: a {@link CompileError},
     * as in SQLAlchemy.
     */
    final String bindName(BindParameter<?> parameter) {
        String name = parameter.isNamed() ? parameter.key() : names.name(parameter, safeBase(parameter.base()));
        if (parameter.isNamed()) {
            Boolean expanding = expandingByName.putIfAbsent(name, parameter.isExpanding());
            if (expanding != null && expanding != parameter.isExpanding()) {
                throw new CompileError("Can't reuse bound parameter name '" + name + "' in both 'expanding' (e.g. "
                        + "within an IN expression) and non-expanding contexts.  If this parameter is to receive a "
                        + "list/array value, set 'expanding=True' on it for expressions that aren't IN, otherwise "
                        + "use a different parameter name.");
            }
        }
        java.util.Set<String> mine = parameter.isNamed() ? explicitBindNames : anonymousBindNames;
        java.util.Set<String> others = parameter.isNamed() ? anonymousBindNames : explicitBindNames;
        if (others.contains(name)) {
            throw new CompileError("Bind parameter '" + name + "' conflicts with unique bind parameter of the same "
                    + "name");
        }
        mine.add(name);
        return name;
    }

    private final java.util.Set<String> explicitBindNames = new java.util.HashSet<>();
    private final java.util.Map<String, Boolean> expandingByName = new java.util.HashMap<>();

    /**
     * An anonymous parameter's base made a plain name, as SQLAlchemy sanitizes it: runs of {@code % ( ) space $}
     * become {@code _}, leading and trailing {@code _} are dropped ({@code "this is a name"} gives
     * {@code :this_is_a_name_1}, {@code "_3foo"} gives {@code :3foo_1}).
     */
    private static String safeBase(String base) {
        String safe = base.replaceAll("[%() $]+", "_").replaceAll("^_+|_+$", "");
        return safe.isEmpty() ? "param" : safe;
    }
    private final java.util.Set<String> anonymousBindNames = new java.util.HashSet<>();

    /** The name of an alias, subquery or CTE: given, or anonymous ({@code user_account_1}, {@code anon_1}). */
    final String fromName(AliasedFrom from) {
        return from.name() != null ? from.name() : names.name(from.nameIdentity(), from.anonymousBase());
    }

    /** A table's name as written in SQL, schema-qualified and quoted where needed. */
    final String tableName(TableClause table) {
        return dialect.identifierPreparer().formatTable(table);
    }

    final SelectRenderer selects() {
        return selects;
    }

    final ExpressionRenderer expressions() {
        return expressions;
    }

    // ---------------------------------------------------------------- dialect hooks

    /** Whether placeholders are {@code :name} (display) rather than JDBC's {@code ?}. */
    protected boolean usesNamedParameters() {
        return false;
    }

    /** An identifier, quoted by the dialect's preparer when it is not a plain lower-case name or is reserved. */
    protected String quote(String identifier) {
        return dialect.identifierPreparer().quote(identifier);
    }

    /** Renders values as SQL literals for {@link CompileOptions#inlineLiterals()}. */
    protected LiteralRenderer literalRenderer() {
        return new LiteralRenderer(dialect.supportsNativeBoolean());
    }

    /** {@code TRUE}/{@code FALSE}: {@code true}/{@code false}, or {@code 1}/{@code 0} without a boolean type. */
    protected String booleanLiteral(boolean value) {
        return dialect.supportsNativeBoolean() ? (value ? "true" : "false") : (value ? "1" : "0");
    }

    /**
     * Whether this database's {@code /} truncates the quotient of two integers (SQLAlchemy's
     * {@code div_is_floordiv}): then a true division casts its divisor and a floor division of integers is a plain
     * {@code /}.
     */
    protected boolean divisionTruncatesIntegers() {
        return true;
    }

    /**
     * True division of two rendered operands, keeping the fraction: {@code left / CAST(right AS type)} where
     * {@code /} truncates integers, else {@code left / right}.
     *
     * @param castType the divisor's type when it is fractional, else NUMERIC
     */
    protected String trueDivision(String left, String right, SqlType<?> castType) {
        if (!divisionTruncatesIntegers()) {
            return left + " / " + right;
        }
        String type = castType(castType);
        return left + " / " + (type == null ? right : "CAST(" + right + " AS " + type + ")");
    }

    /**
     * Floor division of two rendered operands: the database's integer division for two integers where {@code /}
     * truncates them, else {@code FLOOR(left / right)}.
     */
    protected String floorDivision(String left, String right, boolean integers) {
        return integers && divisionTruncatesIntegers() ? left + " / " + right : "FLOOR(" + left + " / " + right + ")";
    }

    /** String concatenation of two rendered operands. */
    protected String concat(String left, String right) {
        return left + " || " + right;
    }

    /** Three strings concatenated ({@code contains}' {@code '%' || value || '%'}). */
    protected String concat(String first, String second, String third) {
        return concat(concat(first, second), third);
    }

    /**
     * An element of a JSON document: {@code document[index]} as SQLAlchemy prints it; the dialects render their
     * own operator or function, or raise a {@link CompileError}.
     *
     * @param document the JSON expression indexed (for a dialect that treats parameters apart)
     * @param left the rendered document
     * @param index the rendered index parameter
     */
    protected String jsonGetItem(ColumnElement<?> document, String left, String index) {
        return left + "[" + index + "]";
    }

    /**
     * Whether a JSON element ({@link #jsonGetItem}) is parenthesized as the operand of another operator: where it is
     * an operator as loose as the others ({@code ->} on PostgreSQL, where {@code a || x -> k} means
     * {@code (a || x) -> k}).
     */
    protected boolean groupsJsonElementOperands() {
        return false;
    }

    /** The keyword of a set operation; {@code INTERSECT ALL} / {@code EXCEPT ALL} raise a {@link CompileError} where missing. */
    final String setOperator(CompoundSelect.Kind kind) {
        boolean all = kind == CompoundSelect.Kind.INTERSECT_ALL || kind == CompoundSelect.Kind.EXCEPT_ALL;
        require(!all || dialect.supportsIntersectExceptAll(), kind.sql());
        return kind.sql();
    }

    /**
     * {@code DISTINCT ON (expressions) } before the columns; a database without it
     * ({@link Dialect#supportsDistinctOn()}) raises a {@link CompileError} before this is called.
     */
    protected String distinctOn(String expressions) {
        return "DISTINCT ON (" + expressions + ") ";
    }

    /** Whether every CTE of a {@code WITH RECURSIVE} lists its column names, not only the recursive ones. */
    protected boolean cteColumnListsWhenRecursive() {
        return false;
    }

    /** Case-insensitive LIKE: {@code lower(a) LIKE lower(b)} unless the database has ILIKE. */
    protected String ilike(String left, String right, boolean negated) {
        return "lower(" + left + ") " + (negated ? "NOT LIKE" : "LIKE") + " lower(" + right + ")";
    }

    /**
     * Case-insensitive match against a pattern built around a value ({@code istartswith}, {@code icontains}):
     * {@code lower(a) LIKE pattern(lower(value))} unless the database has ILIKE.
     */
    protected String ilikePattern(String left, String value, java.util.function.UnaryOperator<String> pattern,
            boolean negated) {
        return "lower(" + left + ") " + (negated ? "NOT LIKE" : "LIKE") + " " + pattern.apply("lower(" + value + ")");
    }

    /** NULL-safe comparison: {@code a IS [NOT] DISTINCT FROM b}. */
    protected String distinctFrom(String left, String right, boolean negated) {
        return left + (negated ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ") + right;
    }

    /**
     * The replacement of an empty expanding IN list: matches nothing (IN) or everything (NOT IN); for a tuple of
     * {@code arity} elements the NULL is a row of NULLs.
     */
    protected String emptyInExpansion(boolean negated, int arity) {
        String nulls = arity == 1 ? "NULL" : "(" + String.join(", ", java.util.Collections.nCopies(arity, "NULL")) + ")";
        return nulls + (negated ? ") OR (1 = 1" : ") AND (1 != 1");
    }

    /** What precedes the rows of a tuple IN list: nothing, or {@code VALUES } where rows need it (SQLite). */
    protected String tupleInPrefix() {
        return "";
    }

    /**
     * A function call: {@code count()} is {@code count(*)}; the ANSI functions without parentheses
     * ({@code CURRENT_TIMESTAMP}); a dialect's own spelling through {@link #knownFunction}; else {@code name(args)}.
     */
    protected String functionCall(SqlFunction<?> function) {
        String lower = function.name().toLowerCase(Locale.ROOT);
        if (function.arguments().isEmpty()) {
            if (lower.equals("count")) {
                return function.name() + "(*)";
            }
            String known = knownFunction(lower);
            if (known != null) {
                return known;
            }
            if (AnsiFunctions.isAnsi(lower)) {
                return lower.toUpperCase(Locale.ROOT);
            }
        }
        String spelling = AnsiFunctions.spelling(lower);
        return (spelling == null ? function.name() : spelling) + "(" + expressions.list(function.arguments()) + ")";
    }

    /** A dialect's own rendering of an argument-less function ({@code now} on SQLite), or {@code null}. */
    protected @Nullable String knownFunction(String lowerCaseName) {
        return null;
    }

    /** {@code function FILTER (WHERE criteria)}. */
    protected String filterClause(String function, String criteria) {
        return function + " FILTER (WHERE " + criteria + ")";
    }

    /**
     * The SQL type name in {@code CAST(x AS type)}: the dialect's DDL name for it; {@code null} where the database
     * cannot cast to the type (MariaDB's JSON), and the CAST is left out as SQLAlchemy does.
     */
    protected String castType(SqlType<?> type) {
        return dialect.typeCompiler().process(type);
    }

    /** The type that reads a result column's values: the expression's own, unless the database returns another. */
    protected SqlType<?> resultType(ColumnElement<?> element) {
        return element.type();
    }

    /**
     * An ORDER BY item with NULLs first or last: {@code x DESC NULLS FIRST}.
     *
     * @param ordered the rendered item ({@code x DESC})
     * @param base the rendered expression alone ({@code x})
     */
    protected String nullsOrdering(String ordered, String base, boolean first) {
        return ordered + (first ? " NULLS FIRST" : " NULLS LAST");
    }

    /** The keywords of a join. */
    protected String joinKeyword(JoinType type) {
        require(type != JoinType.FULL || dialect.supportsFullOuterJoin(), "FULL OUTER JOIN");
        return type.sql();
    }

    /** {@code LATERAL}; a dialect without it ({@link Dialect#supportsLateral()}) raises a {@link CompileError}. */
    protected String lateral() {
        require(dialect.supportsLateral(), "LATERAL");
        return "LATERAL ";
    }

    /** What follows the columns of a SELECT without FROM elements ({@code FROM DUAL} on some databases). */
    protected String defaultFrom() {
        return "";
    }

    /** LIMIT and OFFSET: {@code \n LIMIT ? OFFSET ?}; an offset alone gets {@link #noLimit()}. */
    protected String limitClause(SelectBase select) {
        StringBuilder sql = new StringBuilder();
        if (select.limitClause() != null) {
            sql.append("\n LIMIT ").append(render(select.limitClause()));
        }
        if (select.offsetClause() != null) {
            if (select.limitClause() == null) {
                sql.append(noLimit());
            }
            sql.append(" OFFSET ").append(render(select.offsetClause()));
        }
        return sql.toString();
    }

    /**
     * The standard {@code \n OFFSET x ROWS\n FETCH FIRST y [PERCENT] ROWS ONLY | WITH TIES} of
     * {@link io.alchemy.sql.Select#fetch(int, boolean, boolean)}; a {@link CompileError} where the database lacks it.
     */
    protected String fetchClause(SelectBase select) {
        io.alchemy.sql.Fetch fetch = select.fetchClause();
        require(dialect.supportsFetchFirst(), "FETCH FIRST");
        StringBuilder sql = new StringBuilder();
        if (select.offsetClause() != null) {
            sql.append("\n OFFSET ").append(render(select.offsetClause())).append(" ROWS");
        }
        sql.append("\n FETCH FIRST ").append(render(fetch.rows())).append(fetch.percent() ? " PERCENT" : "")
                .append(fetch.withTies() ? " ROWS WITH TIES" : " ROWS ONLY");
        return sql.toString();
    }

    /** What stands for "no limit" before an OFFSET: {@code \n LIMIT -1} (SQLite's, and SQLAlchemy's display). */
    protected String noLimit() {
        return "\n LIMIT -1";
    }

    /** The row-locking clause. */
    protected String forUpdateClause(ForUpdate forUpdate) {
        StringBuilder sql = new StringBuilder(forUpdate.read() ? " FOR SHARE" : " FOR UPDATE");
        if (!forUpdate.of().isEmpty()) {
            sql.append(" OF ").append(String.join(", ", lockedTables(forUpdate.of())));
        }
        if (forUpdate.nowait()) {
            sql.append(" NOWAIT");
        }
        if (forUpdate.skipLocked()) {
            sql.append(" SKIP LOCKED");
        }
        return sql.toString();
    }

    /**
     * The names in {@code FOR UPDATE OF …}: each table by its unqualified name, each alias by its alias name, a join
     * by its tables (right before left, as SQLAlchemy lists them), each once.
     */
    protected final List<String> lockedTables(List<FromClause> of) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<FromClause> stack = new java.util.ArrayDeque<>();
        for (FromClause from : of) {
            stack.push(from);
            while (!stack.isEmpty()) {
                FromClause element = stack.pop();
                if (element instanceof Join join) {
                    stack.push(join.left());
                    stack.push(join.right());
                } else if (element instanceof TableClause table) {
                    names.add(quote(table.name()));
                } else if (element instanceof AliasedFrom aliased) {
                    names.add(quote(fromName(aliased)));
                } else {
                    names.add(render(element));
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * Rows of values as a FROM element: {@code (VALUES (a, b), (c, d)) AS name (x, y)}.
     *
     * @param rows each row's rendered values
     * @param columns the quoted column names
     * @param name the quoted name
     */
    protected String valuesFrom(List<List<String>> rows, List<String> columns, String name) {
        List<String> tuples = rows.stream().map(row -> "(" + String.join(", ", row) + ")").toList();
        return "(VALUES " + String.join(", ", tuples) + ") AS " + name + " (" + String.join(", ", columns) + ")";
    }

    /** {@link #valuesFrom} as {@code (SELECT a AS x, b AS y UNION ALL SELECT c, d) AS name}, for databases without it. */
    protected final String valuesAsUnion(List<List<String>> rows, List<String> columns, String name) {
        List<String> selects = new java.util.ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<String> items = new java.util.ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                items.add(r == 0 ? row.get(c) + " AS " + columns.get(c) : row.get(c));
            }
            selects.add("SELECT " + String.join(", ", items));
        }
        return "(" + String.join(" UNION ALL ", selects) + ") AS " + name;
    }

    /**
     * The body of a CTE holding an INSERT, UPDATE or DELETE; only some databases (PostgreSQL) allow one
     * ({@link Dialect#supportsDataModifyingCte()}).
     */
    protected String dataModifyingCte(Statement dml) {
        require(dialect.supportsDataModifyingCte(), "INSERT, UPDATE or DELETE inside a WITH clause");
        return render(dml);
    }

    /** An INSERT without columns. */
    protected String defaultValues() {
        return " DEFAULT VALUES";
    }

    /** Whether RETURNING is possible for this kind of statement; a {@link CompileError} otherwise. */
    final void checkReturning(StatementKind kind) {
        require(dialect.supportsReturning(), "RETURNING");
        require(kind != StatementKind.UPDATE || dialect.supportsUpdateReturning(), "UPDATE … RETURNING");
    }

    /** Whether RETURNING is possible in a statement of this kind that names other tables; a {@link CompileError} if not. */
    final void checkMultiTableReturning(StatementKind kind) {
        require(dialect.supportsMultiTableReturning(), "RETURNING in a " + kind + " with other tables in its criteria");
    }

    /**
     * A DML statement with RETURNING: {@code dml RETURNING columns}. A dialect without the clause may select from
     * the statement instead (H2's {@code FINAL TABLE}).
     */
    protected String returningStatement(StatementKind kind, String dml, String columns) {
        return dml + " RETURNING " + columns;
    }

    /**
     * The predicate of a partial arbiter index in {@code ON CONFLICT (…) WHERE predicate}, with bound values; a
     * database that must match it against the index's own predicate before binding (SQLite) renders the values
     * inline through {@link #renderWithLiterals} (their values are in the statement's cache key).
     */
    protected String indexPredicate(ColumnElement<?> predicate) {
        return render(predicate);
    }

    /** {@code element} rendered by a compiler of this dialect with its values as SQL literals, qualified as here. */
    protected final String renderWithLiterals(ColumnElement<?> element) {
        StatementCompiler literal = of(dialect, CompileOptions.literalBinds());
        literal.qualifyColumns = qualifyColumns;
        return literal.display(element);
    }

    /** Whether {@code INSERT … ON CONFLICT} is written as a standard MERGE (H2). */
    protected boolean onConflictAsMerge() {
        return false;
    }

    /**
     * How an executemany INSERT … RETURNING may be sent as multi-row batches whose rows can be put back in
     * parameter order when the table's autoincrement key orders them (insertmanyvalues); see
     * {@link InsertManyValuesCompiler}.
     */
    protected InsertSentinelSupport insertSentinelSupport() {
        return InsertSentinelSupport.NONE;
    }

    /** Whether RETURNING columns are written with their table's name. */
    protected boolean qualifyReturningColumns() {
        return true;
    }

    /**
     * The UPDATE of a table with other tables in its criteria: {@code UPDATE t SET … FROM others WHERE …}.
     *
     * @param table the rendered target table
     * @param set the rendered SET list
     * @param others the other tables, rendered
     */
    protected String updateWithFroms(String table, String set, List<String> others) {
        return "UPDATE " + table + " SET " + set + " FROM " + String.join(", ", others);
    }

    /** Whether SET columns carry their table's name (MySQL's multi-table UPDATE). */
    protected boolean qualifySetColumns(boolean multiTable) {
        return false;
    }

    /** The DELETE of a table with other tables in its criteria: {@code DELETE FROM t USING others}. */
    protected String deleteWithFroms(String table, List<String> others) {
        return "DELETE FROM " + table + " USING " + String.join(", ", others);
    }

    /**
     * {@code left} matches (or, {@code negated}, does not match) the regular expression {@code pattern}, with
     * {@code flags} or none: each dialect writes its own operator; a dialect without regular expressions refuses it.
     */
    protected String regexpMatch(String left, String pattern, @Nullable String flags, boolean negated) {
        throw new CompileError(dialect.name() + " dialect does not support regular expressions");
    }

    /** {@code REGEXP_REPLACE} in the dialect's form; a dialect without it refuses it. */
    protected String regexpReplace(String element, String pattern, String replacement, @Nullable String flags) {
        throw new CompileError(dialect.name() + " dialect does not support regular expression replacements");
    }

    /**
     * A full-text match of the rendered {@code columns} against {@code against}: {@code x MATCH q}, as SQLAlchemy's
     * default compiler writes it, for one column; the dialects write their own (the match's options are theirs).
     */
    protected String fullTextMatch(io.alchemy.sql.Match match, List<String> columns, String against) {
        if (columns.size() != 1) {
            throw unsupported("MATCH over several columns (MySQL's MATCH (a, b) AGAINST (…))");
        }
        return columns.get(0) + " MATCH " + against;
    }

    /** {@code EXTRACT(field FROM expression)}, the field as the dialect spells it. */
    protected String extract(String field, String expression) {
        return "EXTRACT(" + field + " FROM " + expression + ")";
    }

    /** Raises {@link #unsupported} for {@code construct} unless the dialect {@code supported} it. */
    protected final void require(boolean supported, String construct) {
        if (!supported) {
            throw unsupported(construct);
        }
    }

    /** The error for a construct this dialect cannot express. */
    protected final CompileError unsupported(String construct) {
        return new CompileError(construct + " is not supported by the " + dialect.name() + " dialect");
    }
}
