package io.alchemy.sql;

/**
 * One method per kind of node of the expression tree: the compiler implements it, each node's
 * {@link ClauseElement#accept} calls the method for its kind (double dispatch, no {@code instanceof} chains).
 *
 * @param <R> what a visit produces (the compiler produces SQL text)
 */
public interface ClauseVisitor<R> {

    R visitColumn(ColumnClause<?> column);

    R visitDerivedColumn(DerivedColumn<?> column);

    R visitLiteralColumn(LiteralColumn<?> column);

    R visitText(TextElement text);

    R visitBindParameter(BindParameter<?> parameter);

    R visitBinary(BinaryExpression<?> binary);

    R visitBooleanList(BooleanClauseList list);

    R visitUnary(UnaryExpression<?> unary);

    R visitLabel(Label<?> label);

    R visitLabelReference(LabelReference reference);

    R visitBetween(Between between);

    R visitRegexpMatch(RegexpMatch match);

    R visitRegexpReplace(RegexpReplace replace);

    R visitMatch(Match match);

    R visitExtract(Extract extract);

    R visitCast(Cast<?> cast);

    R visitTypeCoerce(TypeCoerce<?> coerce);

    R visitCase(Case<?> caseExpression);

    R visitTuple(Tuple tuple);

    R visitConstant(Constant<?> constant);

    R visitFunction(SqlFunction<?> function);

    R visitOver(Over<?> over);

    R visitFunctionFilter(FunctionFilter<?> filter);

    R visitWithinGroup(WithinGroup<?> withinGroup);

    R visitScalarSubquery(ScalarSubquery<?> subquery);

    R visitExists(Exists exists);

    R visitTable(TableClause table);

    R visitAlias(Alias alias);

    R visitSubquery(Subquery subquery);

    R visitCte(Cte cte);

    R visitJoin(Join join);

    R visitTableValued(TableValuedAlias alias);

    R visitValues(Values values);

    R visitColumnValued(ColumnValued<?> column);

    R visitColumnValuedSource(ColumnValued<?>.Source source);

    R visitSelect(Select<?> select);

    R visitCompoundSelect(CompoundSelect compound);

    /** A {@code text()} SELECT with declared columns, embedded as a SELECT. */
    R visitTextualSelect(TextualSelect select);

    R visitInsert(Insert insert);

    R visitUpdate(Update update);

    R visitDelete(Delete delete);

    R visitUpsert(Upsert upsert);
}
