package io.alchemy.sql.compiler;

import io.alchemy.exc.CompileError;
import io.alchemy.sql.Between;
import io.alchemy.sql.BinaryExpression;
import io.alchemy.sql.BindParameter;
import io.alchemy.sql.BooleanClauseList;
import io.alchemy.sql.Case;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.DerivedColumn;
import io.alchemy.sql.Exists;
import io.alchemy.sql.Label;
import io.alchemy.sql.LabelReference;
import io.alchemy.sql.Operator;
import io.alchemy.sql.Over;
import io.alchemy.sql.SelectColumn;
import io.alchemy.sql.Tuple;
import io.alchemy.sql.UnaryExpression;
import io.alchemy.sql.WindowSpec;
import io.alchemy.types.NumericAffinity;
import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders column expressions: columns, operators with precedence-driven parentheses, labels and label
 * references, CASE, windows. Dialect differences go through the compiler's hooks.
 */
final class ExpressionRenderer {
    private final StatementCompiler compiler;

    ExpressionRenderer(StatementCompiler compiler) {
        this.compiler = compiler;
    }

    String column(ColumnClause<?> column) {
        String name = compiler.quote(column.name());
        if (!compiler.qualifyColumns || column.table() == null) {
            return name;
        }
        return compiler.tableName(column.table()) + "." + name;
    }

    String derivedColumn(DerivedColumn<?> column) {
        SelectColumn source = column.source();
        // a literal SQL column ("x AS y") is exported under its text, which is written as it is, unquoted; a single
        // word is a name, quoted where it must be (RETURNING 1 exports "1": cte."1", as PostgreSQL requires)
        String resultName = compiler.selects().resultName(source);
        String name = source.neverLabelled() && !resultName.matches("\\w+") ? resultName : compiler.quote(resultName);
        if (!compiler.qualifyColumns) {
            return name;
        }
        return compiler.quote(compiler.fromName(column.parent())) + "." + name;
    }

    String binary(BinaryExpression<?> binary) {
        Operator op = binary.operator();
        String left = operand(binary.left(), op);
        return switch (op) {
            case IN, NOT_IN -> in(binary, left);
            case STARTSWITH, NOT_STARTSWITH -> pattern(binary, left, compiler.concat(render(binary.right()), "'%'"));
            case ENDSWITH, NOT_ENDSWITH -> pattern(binary, left, compiler.concat("'%'", render(binary.right())));
            case CONTAINS, NOT_CONTAINS -> pattern(binary, left,
                    compiler.concat("'%'", render(binary.right()), "'%'"));
            case ISTARTSWITH, NOT_ISTARTSWITH -> compiler.ilikePattern(left, render(binary.right()),
                    value -> compiler.concat(value, "'%'"), op == Operator.NOT_ISTARTSWITH) + escape(binary);
            case IENDSWITH, NOT_IENDSWITH -> compiler.ilikePattern(left, render(binary.right()),
                    value -> compiler.concat("'%'", value), op == Operator.NOT_IENDSWITH) + escape(binary);
            case ICONTAINS, NOT_ICONTAINS -> compiler.ilikePattern(left, render(binary.right()),
                    value -> compiler.concat("'%'", value, "'%'"), op == Operator.NOT_ICONTAINS)
                    + escape(binary);
            case ILIKE, NOT_ILIKE -> compiler.ilike(left, operand(binary.right(), op), op == Operator.NOT_ILIKE)
                    + escape(binary);
            case CONCAT -> compiler.concat(left, operand(binary.right(), op));
            case IS_DISTINCT_FROM, IS_NOT_DISTINCT_FROM -> compiler.distinctFrom(left, operand(binary.right(), op),
                    op == Operator.IS_NOT_DISTINCT_FROM);
            case JSON_GETITEM -> {
                compiler.require(compiler.dialect().supportsJsonElementAccess(), "JSON element access (expr.get(key))");
                yield compiler.jsonGetItem(binary.left(), left, render(binary.right()));
            }
            case DIV -> compiler.trueDivision(left, operand(binary.right(), op), divisorCastType(binary.right()));
            case FLOORDIV -> compiler.floorDivision(left, operand(binary.right(), op),
                    NumericAffinity.of(binary.left().type()) == NumericAffinity.INTEGER
                            && NumericAffinity.of(binary.right().type()) == NumericAffinity.INTEGER);
            case CUSTOM -> left + " " + binary.customOperator() + " " + operand(binary.right(), op);
            default -> left + " " + op.sql() + " " + operand(binary.right(), op) + escape(binary);
        };
    }

    /** The type a true division casts its divisor to: the divisor's own when fractional, else NUMERIC. */
    private static SqlType<?> divisorCastType(ColumnElement<?> divisor) {
        return NumericAffinity.of(divisor.type()) == NumericAffinity.NUMERIC
                ? NumericAffinity.storageType(divisor.type()) : Types.NUMERIC;
    }

    private String in(BinaryExpression<?> binary, String left) {
        ColumnElement<?> right = binary.right();
        boolean negated = binary.operator() == Operator.NOT_IN;
        String list;
        if (right instanceof BindParameter<?> parameter && parameter.isExpanding()) {
            int arity = binary.left() instanceof Tuple tuple ? tuple.elements().size() : 1;
            String prefix = arity > 1 ? compiler.tupleInPrefix() : "";
            list = "(" + prefix + compiler.binds.marker(parameter, compiler.bindName(parameter),
                    compiler.emptyInExpansion(negated, arity)) + ")";
        } else if (right instanceof Tuple) {
            list = render(right);
        } else {
            list = render(right);
            if (!list.startsWith("(")) {
                list = "(" + list + ")";
            }
        }
        String text = left + " " + binary.operator().sql() + " " + list;
        return negated ? "(" + text + ")" : text;
    }

    private String pattern(BinaryExpression<?> binary, String left, String pattern) {
        return left + " " + binary.operator().sql() + " " + pattern + escape(binary);
    }

    /**
     * {@code ESCAPE 'c'}: the escape string as a string literal of the dialect ({@code '\\'} on MySQL, whose strings
     * escape), possibly empty ({@code ESCAPE ''}).
     */
    private String escape(BinaryExpression<?> binary) {
        String escape = binary.escape();
        if (escape == null) {
            return "";
        }
        return " ESCAPE " + compiler.literalRenderer().render(escape);
    }

    String booleanList(BooleanClauseList list) {
        List<ColumnElement<?>> clauses = list.clauses();
        if (clauses.isEmpty()) {
            return compiler.booleanLiteral(list.operator() == Operator.AND);
        }
        if (clauses.size() == 1) {
            return criterion(clauses.get(0), null);
        }
        List<String> rendered = new ArrayList<>();
        for (ColumnElement<?> clause : clauses) {
            rendered.add(criterion(clause, list.operator()));
        }
        return String.join(" " + list.operator().sql() + " ", rendered);
    }

    /**
     * A condition of WHERE, HAVING, AND or OR ({@code outer} the operator around it, or {@code null}). Where booleans
     * are integers ({@code supportsNativeBoolean()} false) a boolean column, its negation and a true/false constant
     * are compared as SQLAlchemy does: {@code x = 1}, {@code x = 0}, {@code 1 = 1}, {@code 0 = 1}.
     */
    String criterion(ColumnElement<?> element, @Nullable Operator outer) {
        if (!compiler.dialect().supportsNativeBoolean()) {
            if (element instanceof io.alchemy.sql.Constant<?> constant
                    && constant.kind() != io.alchemy.sql.Constant.Kind.NULL) {
                return constant.kind() == io.alchemy.sql.Constant.Kind.TRUE ? "1 = 1" : "0 = 1";
            }
            if (isBooleanColumn(element)) {
                return render(element) + " = 1";
            }
            if (element instanceof UnaryExpression<?> not && not.operator() == Operator.NOT
                    && isBooleanColumn(not.element())) {
                return render(not.element()) + " = 0";
            }
        }
        return outer == null ? render(element) : operand(element, outer);
    }

    private static boolean isBooleanColumn(ColumnElement<?> element) {
        return (element instanceof io.alchemy.sql.ColumnClause<?> || element instanceof io.alchemy.sql.DerivedColumn<?>)
                && element.type() instanceof io.alchemy.types.BooleanType;
    }

    String unary(UnaryExpression<?> unary) {
        Operator op = unary.operator();
        if (op == Operator.NULLS_FIRST || op == Operator.NULLS_LAST) {
            return compiler.nullsOrdering(render(unary.element()), render(baseOfOrdering(unary.element())),
                    op == Operator.NULLS_FIRST);
        }
        if (unary.isModifier()) {
            return render(unary.element()) + " " + op.sql();
        }
        return switch (op) {
            case NOT -> "NOT " + notOperand(unary.element());
            case NEG -> "-" + operand(unary.element(), op);
            default -> op.sql() + " " + operand(unary.element(), op);
        };
    }

    /** The expression an ORDER BY item sorts on, without its ASC/DESC. */
    private static ColumnElement<?> baseOfOrdering(ColumnElement<?> element) {
        ColumnElement<?> current = element;
        while (current instanceof UnaryExpression<?> unary && unary.isModifier()) {
            current = unary.element();
        }
        return current;
    }

    /**
     * The operand of NOT: grouped by precedence, and when it is not itself a condition ({@code NOT (a + b)};
     * {@code NOT -a} as is).
     */
    private String notOperand(ColumnElement<?> element) {
        Operator own = precedenceOf(element);
        String text = render(element);
        boolean group = own != null
                && (own.needsGroupingInside(Operator.NOT) || !own.isBoolean() && own != Operator.NEG);
        return group ? "(" + text + ")" : text;
    }

    /** A label outside a columns clause: its name in the ORDER BY of its own SELECT, else its expression. */
    String label(Label<?> label) {
        if (compiler.labelContext == StatementCompiler.LabelContext.ORDER_BY && inScopeColumns(label)) {
            return compiler.quote(label.name());
        }
        return render(label.element());
    }

    /**
     * Whether the label is one of the columns clause: the same label, or (SQLAlchemy's lineage) a label of the same
     * name over the same expression object.
     */
    private boolean inScopeColumns(Label<?> label) {
        for (SelectColumn column : compiler.scope.columns()) {
            if (column.element() == label || column.element() instanceof Label<?> selected
                    && selected.name().equals(label.name()) && selected.element() == label.element()) {
                return true;
            }
        }
        return false;
    }

    /** A name given as a string: a label of the SELECT (by name in ORDER BY), else one of its columns. */
    String labelReference(LabelReference reference) {
        for (SelectColumn column : compiler.scope.columns()) {
            if (column.element() instanceof Label<?> label && label.name().equals(reference.name())) {
                return compiler.labelContext == StatementCompiler.LabelContext.ORDER_BY
                        ? compiler.quote(label.name()) : render(label.element());
            }
        }
        for (SelectColumn column : compiler.scope.columns()) {
            if (reference.name().equals(column.element().naturalName())) {
                return render(column.element());
            }
        }
        for (FromClause from : compiler.scope.fromList()) {
            for (ColumnElement<?> column : from.columns()) {
                if (reference.name().equals(column.naturalName())) {
                    return render(column);
                }
            }
        }
        if (compiler.scope.columns().isEmpty() && compiler.scope.fromList().isEmpty()) {
            // on its own (desc("name") displayed outside a statement) the name is written as given
            return compiler.quote(reference.name());
        }
        throw new CompileError("Can't resolve label reference for ORDER BY / GROUP BY / DISTINCT etc. Textual SQL "
                + "expression '" + reference.name() + "' names no label or column of the SELECT; columns are "
                + compiler.scope.columns().stream().map(SelectColumn::key).toList());
    }

    String between(Between between) {
        Operator op = between.operator();
        return operand(between.element(), op) + " " + op.sql() + " " + operand(between.low(), op) + " AND "
                + operand(between.high(), op);
    }

    /** {@code CASE [value] WHEN … THEN … [ELSE …] END}; a compound condition is parenthesized, as SQLAlchemy does. */
    String caseExpression(Case<?> expression) {
        StringBuilder sql = new StringBuilder("CASE");
        if (expression.value() != null) {
            sql.append(' ').append(render(expression.value()));
        }
        for (Case.When when : expression.whens()) {
            sql.append(" WHEN ").append(groupedIfCompound(when.condition())).append(" THEN ")
                    .append(render(when.result()));
        }
        if (expression.otherwise() != null) {
            sql.append(" ELSE ").append(render(expression.otherwise()));
        }
        return sql.append(" END").toString();
    }

    String tuple(Tuple tuple) {
        return "(" + list(tuple.elements()) + ")";
    }

    String over(Over<?> over) {
        WindowSpec window = over.window();
        List<String> parts = new ArrayList<>();
        if (!window.partitionByList().isEmpty()) {
            parts.add("PARTITION BY " + list(window.partitionByList()));
        }
        if (!window.orderByList().isEmpty()) {
            parts.add("ORDER BY " + list(window.orderByList()));
        }
        if (window.frameKind() != null) {
            if (window.frameKind() == WindowSpec.FrameKind.GROUPS) {
                compiler.require(compiler.dialect().supportsGroupsFrame(), "GROUPS window frames");
            }
            parts.add(window.frameKind().name() + " BETWEEN "
                    + frameBound(window.frameStart(), window.frameStartOffset(), true) + " AND "
                    + frameBound(window.frameEnd(), window.frameEndOffset(), false));
        }
        return render(over.function()) + " OVER (" + String.join(" ", parts) + ")";
    }

    private String frameBound(Integer bound, io.alchemy.sql.BindParameter<Integer> offset, boolean start) {
        if (bound == null) {
            return start ? "UNBOUNDED PRECEDING" : "UNBOUNDED FOLLOWING";
        }
        if (bound == 0) {
            return "CURRENT ROW";
        }
        return render(offset) + (bound < 0 ? " PRECEDING" : " FOLLOWING");
    }

    /** Expressions separated by commas. */
    String list(List<? extends ColumnElement<?>> elements) {
        List<String> rendered = new ArrayList<>();
        for (ColumnElement<?> element : elements) {
            rendered.add(render(element));
        }
        return String.join(", ", rendered);
    }

    /** An operand of {@code outer}, in parentheses when its own operator binds no tighter. */
    String operand(ColumnElement<?> element, Operator outer) {
        Operator own = precedenceOf(element);
        String text = render(element);
        if (own == Operator.JSON_GETITEM && compiler.groupsJsonElementOperands()) {
            return "(" + text + ")";
        }
        return own != null && own.needsGroupingInside(outer) ? "(" + text + ")" : text;
    }

    /** An expression in parentheses when it is an operator expression (SET and VALUES entries). */
    String groupedIfCompound(ColumnElement<?> element) {
        String text = render(element);
        return precedenceOf(element) != null ? "(" + text + ")" : text;
    }

    /** The operator that decides whether an expression needs parentheses, or {@code null} for atoms. */
    static @Nullable Operator precedenceOf(ColumnElement<?> element) {
        if (element instanceof BinaryExpression<?> binary) {
            return binary.operator();
        }
        if (element instanceof BooleanClauseList list) {
            return list.clauses().size() > 1 ? list.operator()
                    : list.clauses().size() == 1 ? precedenceOf(list.clauses().get(0)) : null;
        }
        if (element instanceof UnaryExpression<?> unary) {
            return unary.isModifier() ? null : unary.operator();
        }
        if (element instanceof Between between) {
            return between.operator();
        }
        if (element instanceof io.alchemy.sql.RegexpMatch match) {
            return match.operator();
        }
        if (element instanceof io.alchemy.sql.Match match) {
            return match.operator();
        }
        if (element instanceof Exists) {
            return Operator.EXISTS;
        }
        if (element instanceof Label<?> label) {
            return precedenceOf(label.element());
        }
        return null;
    }

    private String render(ColumnElement<?> element) {
        return compiler.render(element);
    }
}
