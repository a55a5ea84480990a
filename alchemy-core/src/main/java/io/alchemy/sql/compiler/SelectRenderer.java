package io.alchemy.sql.compiler;

import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompoundSelect;
import io.alchemy.sql.Cte;
import io.alchemy.sql.DerivedColumn;
import io.alchemy.sql.ForUpdate;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.Join;
import io.alchemy.sql.Label;
import io.alchemy.sql.Operator;
import io.alchemy.sql.ResultColumn;
import io.alchemy.sql.Select;
import io.alchemy.sql.SelectBase;
import io.alchemy.sql.SelectColumn;
import io.alchemy.sql.Subquery;
import io.alchemy.sql.UnaryExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders SELECT, compound selects and FROM elements with SQLAlchemy's layout: {@code SELECT … \nFROM …
 * \nWHERE … GROUP BY … \nHAVING … ORDER BY …}, subqueries as {@code (…) AS anon_1}, joins inline.
 */
final class SelectRenderer {
    private final StatementCompiler compiler;

    SelectRenderer(StatementCompiler compiler) {
        this.compiler = compiler;
    }

    /** A SELECT embedded in the current statement in the given way. */
    String nested(SelectBase select, SelectMode mode) {
        Scope base = mode == SelectMode.FROM ? compiler.scope.forFromSubquery() : compiler.scope;
        // nesting CTEs referred to inside this SELECT are defined in its own WITH clause
        CteClause enclosing = compiler.cteLevel;
        CteClause local = new CteClause(enclosing);
        compiler.cteLevel = local;
        try {
            String text = compiler.inScope(base, mode, () -> compiler.render(select));
            return local.render(compiler.cteColumnListsWhenRecursive()) + text;
        } finally {
            compiler.cteLevel = enclosing;
        }
    }

    String select(Select<?> select, SelectMode mode) {
        // a FROM subquery correlates only explicitly, and only to the levels beyond the immediately enclosing one
        List<FromClause> froms = FromResolver.resolve(select, compiler.scope.visibleFroms(),
                compiler.scope.ownFroms(), mode.correlating || mode == SelectMode.FROM);
        Scope own = compiler.scope.nested(select.selectColumns(), froms);
        return compiler.inScope(own, mode, () -> body(select, froms, mode));
    }

    private String body(Select<?> select, List<FromClause> froms, SelectMode mode) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String prefix : select.prefixes()) {
            sql.append(prefix).append(' ');
        }
        if (!select.distinctOn().isEmpty()) {
            compiler.require(compiler.dialect().supportsDistinctOn(), "DISTINCT ON");
            sql.append(compiler.distinctOn(compiler.withLabelContext(StatementCompiler.LabelContext.ORDER_BY,
                    () -> compiler.expressions().list(select.distinctOn()))));
        } else if (select.isDistinct()) {
            sql.append("DISTINCT ");
        }
        sql.append(columnsClause(select.selectColumns(), mode.labelAll, mode.recordsResult));
        if (select.selectColumns().isEmpty()) {
            // no columns (SQLAlchemy's select() with only FROM / WHERE): SELECT FROM t, one space
            sql.setLength(sql.length() - 1);
        }
        if (!froms.isEmpty()) {
            List<String> rendered = new ArrayList<>();
            for (FromClause from : froms) {
                rendered.add(compiler.render(from));
            }
            sql.append(" \nFROM ").append(String.join(", ", rendered));
        } else {
            sql.append(compiler.defaultFrom());
        }
        if (!select.whereList().isEmpty()) {
            sql.append(" \nWHERE ").append(criteria(select.whereList()));
        }
        if (!select.groupByList().isEmpty()) {
            sql.append(" GROUP BY ").append(compiler.withLabelContext(StatementCompiler.LabelContext.GROUP_BY,
                    () -> compiler.expressions().list(select.groupByList())));
        }
        if (!select.havingList().isEmpty()) {
            sql.append(" \nHAVING ").append(criteria(select.havingList()));
        }
        sql.append(orderBy(select));
        if (select.fetchClause() != null) {
            sql.append(compiler.fetchClause(select));
        } else if (select.limitClause() != null || select.offsetClause() != null) {
            sql.append(compiler.limitClause(select));
        }
        if (select.forUpdateClause() != null && compiler.dialect().supportsRowLocking()) {
            ForUpdate forUpdate = select.forUpdateClause();
            compiler.require(!forUpdate.read() || compiler.dialect().supportsSharedLockOptions()
                    || forUpdate.of().isEmpty() && !forUpdate.nowait() && !forUpdate.skipLocked(),
                    "LOCK IN SHARE MODE with OF, NOWAIT or SKIP LOCKED");
            sql.append(compiler.forUpdateClause(forUpdate));
        }
        return sql.toString();
    }

    /** WHERE or HAVING criteria joined with AND, grouped by precedence when there are several. */
    String criteria(List<ColumnElement<?>> criteria) {
        if (criteria.size() == 1) {
            return compiler.expressions().criterion(criteria.get(0), null);
        }
        List<String> rendered = new ArrayList<>();
        for (ColumnElement<?> criterion : criteria) {
            rendered.add(compiler.expressions().criterion(criterion, Operator.AND));
        }
        return String.join(" AND ", rendered);
    }

    private String orderBy(SelectBase select) {
        if (select.orderByList().isEmpty()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        for (ColumnElement<?> item : select.orderByList()) {
            // a label is rendered as its name only as the ORDER BY item itself (under ASC/DESC/NULLS): inside a
            // function or an operator it is its expression, as in SQLAlchemy (ORDER BY hoho(mytable.myid + :myid_1))
            StatementCompiler.LabelContext context = isLabelItem(item) ? StatementCompiler.LabelContext.ORDER_BY
                    : StatementCompiler.LabelContext.NONE;
            items.add(compiler.withLabelContext(context, () -> compiler.render(item)));
        }
        return " ORDER BY " + String.join(", ", items);
    }

    private static boolean isLabelItem(ColumnElement<?> item) {
        ColumnElement<?> core = item;
        while (core instanceof UnaryExpression<?> unary && (unary.isModifier()
                || unary.operator() == Operator.NULLS_FIRST || unary.operator() == Operator.NULLS_LAST)) {
            core = unary.element();
        }
        return core instanceof Label<?> || core instanceof io.alchemy.sql.LabelReference;
    }

    String compound(CompoundSelect compound, SelectMode mode) {
        List<String> members = new ArrayList<>();
        List<SelectBase> selects = compound.selects();
        for (int i = 0; i < selects.size(); i++) {
            SelectBase member = selects.get(i);
            String text = compiler.inScope(compiler.scope, mode.forMember(i), () -> compiler.render(member));
            boolean group = member instanceof CompoundSelect || !member.orderByList().isEmpty()
                    || member.limitClause() != null || member.offsetClause() != null;
            members.add(group ? "(" + text + ")" : text);
        }
        StringBuilder sql = new StringBuilder(String.join(" " + compiler.setOperator(compound.compoundKind()) + " ",
                members));
        Scope own = compiler.scope.nested(compound.selectColumns(), List.of());
        sql.append(compiler.inScope(own, mode, () -> compiler.withQualification(false, () -> orderBy(compound))));
        if (compound.limitClause() != null || compound.offsetClause() != null) {
            sql.append(compiler.limitClause(compound));
        }
        return sql.toString();
    }

    /** A textual SELECT: its text as written; at the top its declared columns are the result's. */
    String textual(io.alchemy.sql.TextualSelect select, SelectMode mode) {
        if (mode.recordsResult) {
            List<ResultColumn> results = new ArrayList<>();
            for (io.alchemy.sql.SelectColumn column : select.selectColumns()) {
                results.add(new ResultColumn(column.name(), column.element().type()));
            }
            compiler.resultColumns = List.copyOf(results);
        }
        return compiler.render(select.text());
    }

    String subquery(Subquery subquery) {
        String name = compiler.quote(compiler.fromName(subquery));
        if (subquery.isLateral()) {
            String prefix = compiler.lateral();
            return prefix + "(" + nested(subquery.select(), SelectMode.LATERAL) + ") AS " + name;
        }
        return "(" + nested(subquery.select(), SelectMode.FROM) + ") AS " + name;
    }

    /** A CTE in a FROM clause: its name; its definition joins the statement's WITH clause. */
    String cteReference(Cte cte) {
        if (cte.aliasOf() != null) {
            if (compiler.cteLevel.defines(cte) || compiler.ctes.defines(cte)) {
                // the alias restated as a CTE of its own (alias(…).union(…)): a reference to that CTE
                return compiler.quote(compiler.fromName(cte));
            }
            return cteReference(cte.aliasOf()) + " AS " + compiler.quote(compiler.fromName(cte));
        }
        String name = compiler.quote(compiler.fromName(cte));
        CteClause level = cte.isNesting() ? compiler.cteLevel : compiler.ctes;
        if (level.needsDefinition(cte)) {
            level.begin(cte);
            String body = cte.statement() instanceof SelectBase select ? nested(select, SelectMode.FROM)
                    : compiler.inScope(Scope.root(), SelectMode.FROM, () -> compiler.dataModifyingCte(cte.statement()));
            level.define(cte, name, columnNames(cte), body);
        }
        return name;
    }

    private List<String> columnNames(Cte cte) {
        List<String> names = new ArrayList<>();
        for (DerivedColumn<?> column : cte.columns()) {
            names.add(compiler.quote(resultName(column.source())));
        }
        return names;
    }

    String join(Join join) {
        ColumnElement<?> on = join.onClause() != null ? join.onClause() : JoinConditions.infer(join.left(), join.right());
        // a join on the right is grouped, as SQLAlchemy's Join groups its right side: a JOIN (b JOIN c ON …) ON …
        String left = compiler.render(join.left());
        String right = compiler.render(join.right());
        if (join.right() instanceof Join) {
            right = "(" + right + ")";
        }
        return left + " " + compiler.joinKeyword(join.type()) + " " + right + " ON " + compiler.expressions().criterion(on, null);
    }

    /** The result name of a columns-clause entry: fixed, or its anonymous label (resolved before its content). */
    String resultName(SelectColumn column) {
        if (column.name() != null) {
            return column.name();
        }
        return column.neverLabelled() ? column.key()
                : compiler.names.name(column.element(), column.anonymousBase());
    }

    /**
     * A columns clause (of a SELECT or RETURNING): named columns as they are, everything else labelled
     * ({@code AS count_1}); inside a FROM subquery every column is labelled ({@code AS user_id}).
     */
    String columnsClause(List<SelectColumn> columns, boolean labelAll, boolean recordResult) {
        List<String> rendered = new ArrayList<>();
        List<ResultColumn> results = new ArrayList<>();
        for (SelectColumn column : columns) {
            ColumnElement<?> element = column.element();
            String name = resultName(column);
            if (column.neverLabelled()) {
                rendered.add(compiler.render(element));
            } else if (labelAll && !column.isAnonymous() && rendersAsItsName(element, name)) {
                rendered.add(compiler.render(element));
            } else if (labelAll || column.isAnonymous() || !isNamedColumn(element)
                    || column.name() != null && !column.name().equals(element.naturalName())) {
                ColumnElement<?> inner = element instanceof Label<?> label ? label.element() : element;
                String sql = compiler.render(inner);
                String quoted = compiler.quote(name);
                // a column without a table already renders as its name: no "foo AS foo", as in SQLAlchemy
                boolean selfNamed = inner instanceof ColumnClause<?> c && c.table() == null && sql.equals(quoted);
                rendered.add(selfNamed ? sql : sql + " AS " + quoted);
            } else {
                rendered.add(compiler.render(element));
            }
            results.add(new ResultColumn(name, compiler.resultType(element)));
        }
        if (recordResult) {
            compiler.resultColumns = List.copyOf(results);
        }
        return String.join(", ", rendered);
    }

    /**
     * Whether a column renders as its bare name, so that a subquery needs no label for it: a column of no table
     * ({@code column("q")}) or of a column-valued function, as SQLAlchemy labels only table-bound columns there.
     */
    private static boolean rendersAsItsName(ColumnElement<?> element, String name) {
        if (element instanceof ColumnClause<?> column) {
            return column.table() == null && column.name().equals(name);
        }
        return element instanceof io.alchemy.sql.ColumnValued<?> valued && valued.name().equals(name);
    }

    private static boolean isNamedColumn(ColumnElement<?> element) {
        if (element instanceof ColumnClause<?> || element instanceof DerivedColumn<?>
                || element instanceof io.alchemy.sql.ColumnValued<?>) {
            return true;
        }
        return element instanceof UnaryExpression<?> unary
                && (unary.isModifier() || unary.operator() == Operator.DISTINCT)
                && isNamedColumn(unary.element());
    }
}
