package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.h2.H2Dml;
import io.alchemy.dialect.mysql.MySQLDml;
import io.alchemy.dialect.postgresql.PostgreSQLDml;
import io.alchemy.dialect.sqlite.SQLiteDml;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.TestDialects;
import io.alchemy.types.Types;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cache-key soundness, SQLAlchemy's {@code test_compare.py} {@code test_all_present} idea: every concrete
 * {@link ClauseElement} class of alchemy-core (found by scanning its classes) has fixtures here; for each, the base
 * built twice has equal keys, and each variant, which differs from the base in one named field, has another key. The
 * variants of a class must name every instance field of the class and its superclasses, except the derived ones
 * listed in {@link #DERIVED} with the reason. Across all fixtures, equal keys must compile to equal SQL on every
 * dialect: a field missed by an {@code addCacheKey} would otherwise serve one statement's SQL for another.
 */
class CacheKeyCompletenessTest {
    /** One fixture of a class: the field it varies ({@code "base"} for the reference), and how to build it. */
    private record Variant(String field, Supplier<ClauseElement> make) {
    }

    /** Fields that are not structure: computed from the others, or not SQL at all. */
    private static final Map<String, String> DERIVED = Map.ofEntries(
            Map.entry("Select.selectColumns", "computed lazily from columns"),
            Map.entry("Select.typedBy", "the Java type of result rows, not SQL: equal for equal columns"),
            Map.entry("Select.options", "ORM loader options; they do not change the compiled SQL (Select.options)"),
            Map.entry("AliasedFrom.nameIdentity", "the identity anonymous names are drawn for; the name is keyed"),
            Map.entry("Cte.nameIdentity", "the identity anonymous names are drawn for; the name is keyed"),
            Map.entry("AliasedFrom.columns", "computed from the element aliased"),
            Map.entry("TableClause.columnList", "the values of columns, in order, kept as a list"),
            Map.entry("DerivedColumn.source", "the parent's column at index, keyed through parent and index"),
            Map.entry("DerivedColumn.origin", "the parent's column at index, keyed through parent and index"),
            Map.entry("ColumnValued.source", "the FROM side of this column, keyed by this column"),
            Map.entry("TextElement.segments", "parsed from text"),
            Map.entry("BinaryExpression.type", "derived from the operator and the operands"),
            Map.entry("UnaryExpression.type", "derived from the operator and the operand"),
            Map.entry("BindParameter.value", "a bound value: extracted, never part of the key (checked below)"),
            Map.entry("OnConflictInsert.excluded", "the target table's alias 'excluded', fixed by the table"),
            Map.entry("MySQLInsert.inserted", "the target table's row alias, fixed by the table"),
            Map.entry("Statement.key", "the memoized key itself"),
            Map.entry("ColumnElement.anonymousIdentity", "the identity anonymous names are drawn for"),
            Map.entry("Table.metadata", "a Table is keyed by identity: it stands for itself"),
            Map.entry("Table.primaryKey", "a Table is keyed by identity: it stands for itself"),
            Map.entry("Table.constraints", "a Table is keyed by identity: it stands for itself"),
            Map.entry("Table.indexes", "a Table is keyed by identity: it stands for itself"),
            Map.entry("Table.comment", "a Table is keyed by identity: it stands for itself"),
            Map.entry("Table.dialectOptions", "a Table is keyed by identity: it stands for itself"),
            Map.entry("Column.*", "a table's Column is keyed by identity: it stands for itself"),
            Map.entry("Insert.selectColumns", "varied with fromSelect (the target columns of INSERT … SELECT)"),
            Map.entry("Insert.valuesGiven", "varied with values (DEFAULT VALUES vs all columns)"));

    private static final MetaData METADATA = new MetaData();
    private static final Table T = METADATA.table("t", column("a", Types.INTEGER).primaryKey(),
            column("b", Types.STRING), column("c", Types.INTEGER));
    private static final Table U = METADATA.table("u", column("a", Types.INTEGER).primaryKey(),
            column("t_a").references("t.a"), column("d", Types.STRING));
    private static final TableClause TC = new TableClause("tc", null, List.of(new ColumnClause<>("x", Types.INTEGER)));
    private static final TableClause TC2 = new TableClause("tc", "s", List.of(new ColumnClause<>("x", Types.INTEGER)));
    private static final TableClause TD = new TableClause("td", null, List.of(new ColumnClause<>("x", Types.INTEGER)));
    private static final Table T_OTHER = METADATA.table("t", "other", column("a", Types.INTEGER));
    private static final ColumnClause<?> A = T.c("a");
    private static final ColumnClause<?> B = T.c("b");
    private static final ColumnClause<?> C = T.c("c");
    private static final ColumnClause<?> UD = U.c("d");
    private static final ColumnClause<Object> JSON_DOC = new ColumnClause<>("doc", Types.JSON);

    private static Select<?> sel() {
        return select(A, B).where(A.eq(1));
    }

    private static List<Variant> v(Object... fieldAndSupplier) {
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < fieldAndSupplier.length; i += 2) {
            @SuppressWarnings("unchecked")
            Supplier<ClauseElement> make = (Supplier<ClauseElement>) fieldAndSupplier[i + 1];
            variants.add(new Variant((String) fieldAndSupplier[i], make));
        }
        return variants;
    }

    private static Map<Class<?>, List<Variant>> fixtures() {
        Map<Class<?>, List<Variant>> f = new LinkedHashMap<>();
        f.put(TableClause.class, v("base", (Supplier<ClauseElement>) () -> TC,
                "name", (Supplier<ClauseElement>) () -> TD,
                "schema", (Supplier<ClauseElement>) () -> TC2,
                "columns", (Supplier<ClauseElement>) () -> T));
        f.put(Table.class, v("base", (Supplier<ClauseElement>) () -> T, "name", (Supplier<ClauseElement>) () -> U,
                "schema", (Supplier<ClauseElement>) () -> T_OTHER,
                "columns", (Supplier<ClauseElement>) () -> TC));
        f.put(io.alchemy.schema.Column.class, v("base", (Supplier<ClauseElement>) () -> A,
                "name", (Supplier<ClauseElement>) () -> B, "table", (Supplier<ClauseElement>) () -> U.c("a"),
                "type", (Supplier<ClauseElement>) () -> C));
        f.put(ColumnClause.class, v("base", (Supplier<ClauseElement>) () -> new ColumnClause<>("x", Types.INTEGER),
                "name", (Supplier<ClauseElement>) () -> new ColumnClause<>("y", Types.INTEGER),
                "type", (Supplier<ClauseElement>) () -> new ColumnClause<>("x", Types.STRING),
                "table", (Supplier<ClauseElement>) () -> TC.c("x")));
        f.put(Alias.class, v("base", (Supplier<ClauseElement>) () -> T.alias("x"),
                "name", (Supplier<ClauseElement>) () -> T.alias("y"),
                "name", (Supplier<ClauseElement>) () -> T.alias(),
                "table", (Supplier<ClauseElement>) () -> U.alias("x")));
        f.put(Between.class, v("base", (Supplier<ClauseElement>) () -> A.between(1, 2),
                "element", (Supplier<ClauseElement>) () -> C.between(1, 2),
                "low", (Supplier<ClauseElement>) () -> A.between(C, 2),
                "high", (Supplier<ClauseElement>) () -> A.between(1, C),
                "negated", (Supplier<ClauseElement>) () -> A.notBetween(1, 2)));
        f.put(RegexpMatch.class, v("base", (Supplier<ClauseElement>) () -> B.regexpMatch("x"),
                "element", (Supplier<ClauseElement>) () -> UD.regexpMatch("x"),
                "pattern", (Supplier<ClauseElement>) () -> B.regexpMatch(UD),
                "flags", (Supplier<ClauseElement>) () -> B.regexpMatch("x", "i"),
                "negated", (Supplier<ClauseElement>) () -> B.regexpMatch("x").not()));
        f.put(RegexpReplace.class, v("base", (Supplier<ClauseElement>) () -> B.regexpReplace("x", "y"),
                "element", (Supplier<ClauseElement>) () -> UD.regexpReplace("x", "y"),
                "pattern", (Supplier<ClauseElement>) () -> B.regexpReplace(UD, "y"),
                "replacement", (Supplier<ClauseElement>) () -> B.regexpReplace("x", UD),
                "flags", (Supplier<ClauseElement>) () -> B.regexpReplace("x", "y", "i")));
        f.put(Extract.class, v("base", (Supplier<ClauseElement>) () -> Extract.of("year", A),
                "field", (Supplier<ClauseElement>) () -> Extract.of("month", A),
                "expression", (Supplier<ClauseElement>) () -> Extract.of("year", C)));
        f.put(Match.class, v("base", (Supplier<ClauseElement>) () -> B.match("x"),
                "columns", (Supplier<ClauseElement>) () -> UD.match("x"),
                "columns", (Supplier<ClauseElement>) () -> Match.of(List.of(B, UD), "x").inBooleanMode(),
                "against", (Supplier<ClauseElement>) () -> B.match(UD),
                "booleanMode", (Supplier<ClauseElement>) () -> B.match("x").booleanMode(false),
                "naturalLanguageMode", (Supplier<ClauseElement>) () -> B.match("x").inNaturalLanguageMode(),
                "queryExpansion", (Supplier<ClauseElement>) () -> B.match("x").withQueryExpansion(),
                "regconfig", (Supplier<ClauseElement>) () -> B.match("x").regconfig("english")));
        f.put(BinaryExpression.class, v("base", (Supplier<ClauseElement>) () -> A.eq(C),
                "operator", (Supplier<ClauseElement>) () -> A.ne(C),
                "left", (Supplier<ClauseElement>) () -> B.eq(C),
                "right", (Supplier<ClauseElement>) () -> A.eq(A),
                "customOperator", (Supplier<ClauseElement>) () -> A.op("@>", C),
                "customOperator", (Supplier<ClauseElement>) () -> A.op("<@", C),
                "escape", (Supplier<ClauseElement>) () -> B.like("x", '!'),
                "escape", (Supplier<ClauseElement>) () -> B.like("x", '#'),
                "right", (Supplier<ClauseElement>) () -> JSON_DOC.get(0)));
        f.put(BindParameter.class, v("base", (Supplier<ClauseElement>) () -> bindparam("p", Types.INTEGER, 1),
                "key", (Supplier<ClauseElement>) () -> bindparam("q", Types.INTEGER, 1),
                "type", (Supplier<ClauseElement>) () -> bindparam("p", Types.BIGINT, 1L),
                "hasValue", (Supplier<ClauseElement>) () -> bindparam("p", Types.INTEGER),
                "expanding", (Supplier<ClauseElement>) () -> bindparam("p", Types.INTEGER, 1).expanding(),
                "base", (Supplier<ClauseElement>) () -> BindParameter.anonymous("p", 1, Types.INTEGER),
                "base", (Supplier<ClauseElement>) () -> BindParameter.anonymous("q", 1, Types.INTEGER)));
        f.put(BooleanClauseList.class, v("base", (Supplier<ClauseElement>) () -> and(A.eq(1), B.eq("x")),
                "operator", (Supplier<ClauseElement>) () -> or(A.eq(1), B.eq("x")),
                "clauses", (Supplier<ClauseElement>) () -> and(A.eq(1), C.eq(2))));
        f.put(Case.class, v("base", (Supplier<ClauseElement>) () -> caseWhen(A.eq(1), B).otherwise(C),
                "whens", (Supplier<ClauseElement>) () -> caseWhen(C.eq(1), B).otherwise(C),
                "whens", (Supplier<ClauseElement>) () -> caseWhen(A.eq(1), C).otherwise(C),
                "whens", (Supplier<ClauseElement>) () -> caseWhen(A.eq(1), B).when(C.eq(1), B).otherwise(C),
                "otherwise", (Supplier<ClauseElement>) () -> caseWhen(A.eq(1), B).otherwise(A),
                "otherwise", (Supplier<ClauseElement>) () -> caseWhen(A.eq(1), B),
                "value", (Supplier<ClauseElement>) () -> caseOf(A).when(1, B).otherwise(C)));
        f.put(Cast.class, v("base", (Supplier<ClauseElement>) () -> cast(A, Types.STRING),
                "type", (Supplier<ClauseElement>) () -> cast(A, Types.BIGINT),
                "element", (Supplier<ClauseElement>) () -> cast(C, Types.STRING)));
        f.put(TypeCoerce.class, v("base", (Supplier<ClauseElement>) () -> typeCoerce(A, Types.STRING),
                "type", (Supplier<ClauseElement>) () -> typeCoerce(A, Types.BIGINT),
                "element", (Supplier<ClauseElement>) () -> typeCoerce(C, Types.STRING)));
        f.put(ColumnValued.class, v("base", (Supplier<ClauseElement>) () -> func.call("gs", 1).columnValued("x"),
                "name", (Supplier<ClauseElement>) () -> func.call("gs", 1).columnValued("y"),
                "function", (Supplier<ClauseElement>) () -> func.call("gt", 1).columnValued("x")));
        f.put(ColumnValued.Source.class, v("base",
                (Supplier<ClauseElement>) () -> func.call("gs", 1).columnValued("x").source(),
                "this$0", (Supplier<ClauseElement>) () -> func.call("gs", 1).columnValued("y").source()));
        f.put(CompoundSelect.class, v("base", (Supplier<ClauseElement>) () -> union(sel(), select(A, C)),
                "kind", (Supplier<ClauseElement>) () -> unionAll(sel(), select(A, C)),
                "kind", (Supplier<ClauseElement>) () -> except(sel(), select(A, C)),
                "selects", (Supplier<ClauseElement>) () -> union(sel(), select(A, B)),
                "orderBy", (Supplier<ClauseElement>) () -> union(sel(), select(A, C)).orderBy(A),
                "limit", (Supplier<ClauseElement>) () -> union(sel(), select(A, C)).limit(3),
                "offset", (Supplier<ClauseElement>) () -> union(sel(), select(A, C)).offset(3)));
        f.put(Constant.class, v("base", (Supplier<ClauseElement>) () -> true_(),
                "kind", (Supplier<ClauseElement>) () -> false_(), "kind", (Supplier<ClauseElement>) () -> null_()));
        f.put(Cte.class, v("base", (Supplier<ClauseElement>) () -> sel().cte("x"),
                "name", (Supplier<ClauseElement>) () -> sel().cte("y"),
                "name", (Supplier<ClauseElement>) () -> sel().cte(),
                "recursive", (Supplier<ClauseElement>) () -> sel().cte("x", true),
                "statement", (Supplier<ClauseElement>) () -> select(A).cte("x"),
                "statement", (Supplier<ClauseElement>) () -> delete(T).returning(A).cte("x"),
                "nesting", (Supplier<ClauseElement>) () -> sel().cte("x", false, true),
                "aliasOf", (Supplier<ClauseElement>) () -> sel().cte("x").alias("y"),
                "aliasOf", (Supplier<ClauseElement>) () -> sel().cte("y").alias("x"),
                "restated", (Supplier<ClauseElement>) () -> sel().cte("x", true).union(select(A, C)),
                "restated", (Supplier<ClauseElement>) () -> union(sel(), select(A, C)).cte("x", true)));
        f.put(TextualSelect.class, v("base", (Supplier<ClauseElement>) () ->
                        text("SELECT a FROM t").columns(A).textualSelect(),
                "clause", (Supplier<ClauseElement>) () -> text("SELECT c FROM t").columns(A).textualSelect(),
                "text", (Supplier<ClauseElement>) () -> text("SELECT a FROM t WHERE a > 1").columns(A).textualSelect(),
                "columns", (Supplier<ClauseElement>) () -> text("SELECT a FROM t").columns(C).textualSelect()));
        f.put(TextFrom.class, v("base", (Supplier<ClauseElement>) () -> select(A).selectFrom(text("t")),
                "text", (Supplier<ClauseElement>) () -> select(A).selectFrom(text("u"))));
        f.put(Delete.class, v("base", (Supplier<ClauseElement>) () -> delete(T).where(A.eq(1)),
                "target", (Supplier<ClauseElement>) () -> delete(U).where(A.eq(1)),
                "where", (Supplier<ClauseElement>) () -> delete(T).where(C.eq(1)),
                "returning", (Supplier<ClauseElement>) () -> delete(T).where(A.eq(1)).returning(A)));
        f.put(DerivedColumn.class, v("base", (Supplier<ClauseElement>) () -> sel().subquery("s").c("a"),
                "index", (Supplier<ClauseElement>) () -> sel().subquery("s").c("b"),
                "parent", (Supplier<ClauseElement>) () -> sel().subquery("r").c("a")));
        f.put(Exists.class, v("base", (Supplier<ClauseElement>) () -> exists(sel()),
                "select", (Supplier<ClauseElement>) () -> exists(select(C))));
        f.put(FunctionFilter.class, v("base", (Supplier<ClauseElement>) () -> func.count(A).filter(A.eq(1)),
                "function", (Supplier<ClauseElement>) () -> func.count(C).filter(A.eq(1)),
                "criteria", (Supplier<ClauseElement>) () -> func.count(A).filter(C.eq(1))));
        f.put(Insert.class, v("base", (Supplier<ClauseElement>) () -> insert(T).values(Map.of("a", 1)),
                "target", (Supplier<ClauseElement>) () -> insert(U).values(Map.of("a", 1)),
                "values", (Supplier<ClauseElement>) () -> insert(T).values(Map.of("c", 1)),
                "values", (Supplier<ClauseElement>) () -> insert(T).values(Map.of("a", A.plus(1))),
                "values", (Supplier<ClauseElement>) () -> insert(T).values(),
                "values", (Supplier<ClauseElement>) () -> insert(T),
                "rows", (Supplier<ClauseElement>) () -> insert(T).values(List.of(Map.of("a", 1))),
                "rows", (Supplier<ClauseElement>) () -> insert(T).values(List.of(Map.of("a", 1), Map.of("a", 2))),
                "fromSelect", (Supplier<ClauseElement>) () -> insert(T).fromSelect(List.of("a", "b"), sel()),
                "fromSelect", (Supplier<ClauseElement>) () -> insert(T).fromSelect(List.of("a", "c"), select(A, C)),
                "returning", (Supplier<ClauseElement>) () -> insert(T).values(Map.of("a", 1)).returning(A)));
        f.put(Join.class, v("base", (Supplier<ClauseElement>) () -> T.join(U, A.eq(U.c("t_a"))),
                "type", (Supplier<ClauseElement>) () -> T.outerjoin(U, A.eq(U.c("t_a"))),
                "left", (Supplier<ClauseElement>) () -> TC.join(U, A.eq(U.c("t_a"))),
                "right", (Supplier<ClauseElement>) () -> T.join(TC, A.eq(U.c("t_a"))),
                "onClause", (Supplier<ClauseElement>) () -> T.join(U, C.eq(U.c("t_a")))));
        f.put(Label.class, v("base", (Supplier<ClauseElement>) () -> A.label("x"),
                "name", (Supplier<ClauseElement>) () -> A.label("y"),
                "element", (Supplier<ClauseElement>) () -> C.label("x")));
        f.put(LabelReference.class, v("base", (Supplier<ClauseElement>) () -> new LabelReference("x"),
                "name", (Supplier<ClauseElement>) () -> new LabelReference("y")));
        f.put(LiteralColumn.class, v("base", (Supplier<ClauseElement>) () -> literalColumn("x", Types.INTEGER),
                "text", (Supplier<ClauseElement>) () -> literalColumn("y", Types.INTEGER),
                "type", (Supplier<ClauseElement>) () -> literalColumn("x", Types.STRING)));
        f.put(Over.class, v("base", (Supplier<ClauseElement>) () -> func.rank().over(partitionBy(A).orderBy(B).rows(1, 2)),
                "function", (Supplier<ClauseElement>) () -> func.denseRank().over(partitionBy(A).orderBy(B).rows(1, 2)),
                "window", (Supplier<ClauseElement>) () -> func.rank().over(partitionBy(C).orderBy(B).rows(1, 2)),
                "window", (Supplier<ClauseElement>) () -> func.rank().over(partitionBy(A).orderBy(C).rows(1, 2)),
                "window", (Supplier<ClauseElement>) () -> func.rank().over(partitionBy(A).orderBy(B).range(1, 2)),
                "window", (Supplier<ClauseElement>) () -> func.rank().over(partitionBy(A).orderBy(B).rows(0, 2)),
                "window", (Supplier<ClauseElement>) () -> func.rank().over(partitionBy(A).orderBy(B).rows(1, null)),
                "window", (Supplier<ClauseElement>) () -> func.rank().over(partitionBy(A).orderBy(B))));
        f.put(ScalarSubquery.class, v("base", (Supplier<ClauseElement>) () -> select(A).scalarSubquery(),
                "select", (Supplier<ClauseElement>) () -> select(C).scalarSubquery()));
        f.put(Select.class, selectVariants());
        f.put(SqlFunction.class, v("base", (Supplier<ClauseElement>) () -> func.call("f", Types.INTEGER, A),
                "name", (Supplier<ClauseElement>) () -> func.call("g", Types.INTEGER, A),
                "arguments", (Supplier<ClauseElement>) () -> func.call("f", Types.INTEGER, C),
                "arguments", (Supplier<ClauseElement>) () -> func.call("f", Types.INTEGER, A, C),
                "type", (Supplier<ClauseElement>) () -> func.call("f", Types.STRING, A)));
        f.put(Subquery.class, v("base", (Supplier<ClauseElement>) () -> sel().subquery("x"),
                "name", (Supplier<ClauseElement>) () -> sel().subquery("y"),
                "name", (Supplier<ClauseElement>) () -> sel().subquery(),
                "lateral", (Supplier<ClauseElement>) () -> sel().lateral("x"),
                "select", (Supplier<ClauseElement>) () -> select(C).subquery("x")));
        f.put(TableValuedAlias.class, v("base", (Supplier<ClauseElement>) () -> func.call("f", 1).tableValued("x"),
                "function", (Supplier<ClauseElement>) () -> func.call("g", 1).tableValued("x"),
                "columns", (Supplier<ClauseElement>) () -> func.call("f", 1).tableValued("y"),
                "name", (Supplier<ClauseElement>) () -> func.call("f", 1).tableValued("x").alias("n")));
        f.put(TextElement.class, v("base", (Supplier<ClauseElement>) () -> new TextElement(text("a = :x")),
                "text", (Supplier<ClauseElement>) () -> new TextElement(text("a > :x")),
                "parameters", (Supplier<ClauseElement>) () -> new TextElement(text("a = :y"))));
        f.put(Tuple.class, v("base", (Supplier<ClauseElement>) () -> tuple(A, B),
                "elements", (Supplier<ClauseElement>) () -> tuple(A, C)));
        f.put(UnaryExpression.class, v("base", (Supplier<ClauseElement>) () -> A.desc(),
                "operator", (Supplier<ClauseElement>) () -> A.asc(),
                "operator", (Supplier<ClauseElement>) () -> A.neg(),
                "modifier", (Supplier<ClauseElement>) () -> A.distinct(),
                "element", (Supplier<ClauseElement>) () -> C.desc()));
        f.put(Update.class, v("base", (Supplier<ClauseElement>) () -> update(T).values(Map.of("b", "x")).where(A.eq(1)),
                "target", (Supplier<ClauseElement>) () -> update(U).values(Map.of("d", "x")).where(A.eq(1)),
                "values", (Supplier<ClauseElement>) () -> update(T).values(Map.of("c", 1)).where(A.eq(1)),
                "ordered", (Supplier<ClauseElement>) () -> update(T).orderedValues(List.of(Map.entry(B, "x")))
                        .where(A.eq(1)),
                "where", (Supplier<ClauseElement>) () -> update(T).values(Map.of("b", "x")).where(C.eq(1)),
                "returning", (Supplier<ClauseElement>) () -> update(T).values(Map.of("b", "x")).where(A.eq(1))
                        .returning(A)));
        f.put(Values.class, v("base", (Supplier<ClauseElement>) () -> values("v", new ColumnClause<>("x", Types.INTEGER))
                        .data(List.of(List.of(1))),
                "name", (Supplier<ClauseElement>) () -> values("w", new ColumnClause<>("x", Types.INTEGER))
                        .data(List.of(List.of(1))),
                "columnsGiven", (Supplier<ClauseElement>) () -> values("v", new ColumnClause<>("y", Types.INTEGER))
                        .data(List.of(List.of(1))),
                "rows", (Supplier<ClauseElement>) () -> values("v", new ColumnClause<>("x", Types.INTEGER))
                        .data(List.of(List.of(1), List.of(2)))));
        f.put(WithinGroup.class, v("base", (Supplier<ClauseElement>) () -> func.percentileCont(0.5).withinGroup(A),
                "function", (Supplier<ClauseElement>) () -> func.percentileDisc(0.5).withinGroup(A),
                "orderBy", (Supplier<ClauseElement>) () -> func.percentileCont(0.5).withinGroup(C)));
        f.put(io.alchemy.dialect.postgresql.PostgreSQLInsert.class, onConflictVariants(
                () -> PostgreSQLDml.insert(T), () -> PostgreSQLDml.insert(U)));
        f.put(io.alchemy.dialect.sqlite.SQLiteInsert.class, onConflictVariants(
                () -> SQLiteDml.insert(T), () -> SQLiteDml.insert(U)));
        f.put(io.alchemy.dialect.h2.H2Insert.class, onConflictVariants(
                () -> H2Dml.insert(T), () -> H2Dml.insert(U)));
        f.put(io.alchemy.dialect.mysql.MySQLInsert.class, v(
                "base", (Supplier<ClauseElement>) () -> MySQLDml.insert(T).values(Map.of("a", 1))
                        .onDuplicateKeyUpdate(Map.of("b", "x")),
                "insert", (Supplier<ClauseElement>) () -> MySQLDml.insert(T).values(Map.of("c", 1))
                        .onDuplicateKeyUpdate(Map.of("b", "x")),
                "target", (Supplier<ClauseElement>) () -> MySQLDml.insert(U).values(Map.of("a", 1))
                        .onDuplicateKeyUpdate(Map.of("d", "x")),
                "clause", (Supplier<ClauseElement>) () -> MySQLDml.insert(T).values(Map.of("a", 1))
                        .onDuplicateKeyUpdate(Map.of("c", 2)),
                "clause", (Supplier<ClauseElement>) () -> MySQLDml.insert(T).values(Map.of("a", 1)),
                "returning", (Supplier<ClauseElement>) () -> MySQLDml.insert(T).values(Map.of("a", 1))
                        .onDuplicateKeyUpdate(Map.of("b", "x")).returning(A)));
        f.put(io.alchemy.dialect.h2.H2Merge.class, v(
                "base", (Supplier<ClauseElement>) () -> H2Dml.merge(T).key("a").values(Map.of("a", 1)),
                "insert", (Supplier<ClauseElement>) () -> H2Dml.merge(T).key("a").values(Map.of("c", 1)),
                "target", (Supplier<ClauseElement>) () -> H2Dml.merge(U).key("a").values(Map.of("a", 1)),
                "clause", (Supplier<ClauseElement>) () -> H2Dml.merge(T).key("c").values(Map.of("a", 1)),
                "returning", (Supplier<ClauseElement>) () -> H2Dml.merge(T).key("a").values(Map.of("a", 1))
                        .returning(A)));
        return f;
    }

    private static <S extends OnConflictInsert<S>> List<Variant> onConflictVariants(Supplier<S> onT, Supplier<S> onU) {
        return v("base", (Supplier<ClauseElement>) () -> onT.get().values(Map.of("a", 1))
                        .onConflictDoUpdate(ConflictTarget.indexElements("a"), Map.of("b", "x")),
                "insert", (Supplier<ClauseElement>) () -> onT.get().values(Map.of("c", 1))
                        .onConflictDoUpdate(ConflictTarget.indexElements("a"), Map.of("b", "x")),
                "target", (Supplier<ClauseElement>) () -> onU.get().values(Map.of("a", 1))
                        .onConflictDoUpdate(ConflictTarget.indexElements("a"), Map.of("d", "x")),
                "clause", (Supplier<ClauseElement>) () -> onT.get().values(Map.of("a", 1))
                        .onConflictDoUpdate(ConflictTarget.indexElements("c"), Map.of("b", "x")),
                "clause", (Supplier<ClauseElement>) () -> onT.get().values(Map.of("a", 1))
                        .onConflictDoUpdate(ConflictTarget.indexElements("a").where(C.gt(1)), Map.of("b", "x")),
                "clause", (Supplier<ClauseElement>) () -> onT.get().values(Map.of("a", 1))
                        .onConflictDoUpdate(ConflictTarget.indexElements("a"), Map.of("c", 2)),
                "clause", (Supplier<ClauseElement>) () -> onT.get().values(Map.of("a", 1))
                        .onConflictDoUpdate(ConflictTarget.indexElements("a"), Map.of("b", "x"), C.gt(1)),
                "clause", (Supplier<ClauseElement>) () -> onT.get().values(Map.of("a", 1))
                        .onConflictDoNothing(ConflictTarget.indexElements("a")),
                "clause", (Supplier<ClauseElement>) () -> onT.get().values(Map.of("a", 1)).onConflictDoNothing(),
                "clause", (Supplier<ClauseElement>) () -> onT.get().values(Map.of("a", 1)),
                "returning", (Supplier<ClauseElement>) () -> onT.get().values(Map.of("a", 1))
                        .onConflictDoUpdate(ConflictTarget.indexElements("a"), Map.of("b", "x")).returning(A));
    }

    private static List<Variant> selectVariants() {
        var on = A.eq(U.c("t_a"));
        return v("base", (Supplier<ClauseElement>) () -> sel(),
                "columns", (Supplier<ClauseElement>) () -> select(A, C).where(A.eq(1)),
                "columnFroms", (Supplier<ClauseElement>) () -> select(T.join(U, on)).where(A.eq(1)),
                "explicitFroms", (Supplier<ClauseElement>) () -> sel().selectFrom(U),
                "joins", (Supplier<ClauseElement>) () -> sel().join(U, on),
                "joins", (Supplier<ClauseElement>) () -> sel().outerjoin(U, on),
                "joins", (Supplier<ClauseElement>) () -> sel().joinFrom(T, U, on),
                "earlierJoins", (Supplier<ClauseElement>) () -> select(A).join(U, on).withOnlyColumns(A, B)
                        .where(A.eq(1)),
                "where", (Supplier<ClauseElement>) () -> select(A, B).where(A.eq(2).and(C.eq(1))),
                "groupBy", (Supplier<ClauseElement>) () -> sel().groupBy(A),
                "having", (Supplier<ClauseElement>) () -> sel().groupBy(A).having(A.gt(1)),
                "orderBy", (Supplier<ClauseElement>) () -> sel().orderBy(A),
                "orderBy", (Supplier<ClauseElement>) () -> sel().orderBy(A.desc()),
                "limit", (Supplier<ClauseElement>) () -> sel().limit(1),
                "fetch", (Supplier<ClauseElement>) () -> sel().fetch(1),
                "fetch", (Supplier<ClauseElement>) () -> sel().fetch(1, true, false),
                "fetch", (Supplier<ClauseElement>) () -> sel().fetch(1, false, true),
                "labelStyle", (Supplier<ClauseElement>) () -> sel().setLabelStyle(LabelStyle.TABLENAME_PLUS_COL),
                "prefixes", (Supplier<ClauseElement>) () -> sel().prefixWith("SQL_NO_CACHE"),
                "offset", (Supplier<ClauseElement>) () -> sel().offset(1),
                "distinct", (Supplier<ClauseElement>) () -> sel().distinct(),
                "distinctOn", (Supplier<ClauseElement>) () -> sel().distinct(A),
                "forUpdate", (Supplier<ClauseElement>) () -> sel().forUpdate(),
                "forUpdate", (Supplier<ClauseElement>) () -> sel().forUpdate(ForUpdate.share()),
                "forUpdate", (Supplier<ClauseElement>) () -> sel().forUpdate(ForUpdate.UPDATE.withNowait()),
                "forUpdate", (Supplier<ClauseElement>) () -> sel().forUpdate(ForUpdate.UPDATE.withSkipLocked()),
                "forUpdate", (Supplier<ClauseElement>) () -> sel().forUpdate(ForUpdate.UPDATE.withKeyShare()),
                "forUpdate", (Supplier<ClauseElement>) () -> sel().forUpdate(ForUpdate.UPDATE.of(T)),
                "correlation", (Supplier<ClauseElement>) () -> select(A).where(A.eq(UD)).correlate(),
                "correlateFroms", (Supplier<ClauseElement>) () -> select(A).where(A.eq(UD)).correlate(U),
                "correlateFroms", (Supplier<ClauseElement>) () -> select(A).where(A.eq(UD)).correlateExcept(U));
    }

    /** The cache key of an element as a statement would carry it. */
    private static Object keyOf(ClauseElement element) {
        CacheKeyBuilder builder = new CacheKeyBuilder();
        builder.add(element);
        return builder.build().structure();
    }

    /** All concrete ClauseElement classes in alchemy-core's main classes. */
    private static Set<Class<?>> concreteClauseElements() throws IOException, URISyntaxException {
        Path root = Path.of(ClauseElement.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<Class<?>> found = new java.util.LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = root.relativize(file).toString();
                if (!name.endsWith(".class") || name.endsWith("package-info.class")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.').replace('\\', '.'),
                            false, ClauseElement.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (ClauseElement.class.isAssignableFrom(type) && !type.isInterface()
                        && !Modifier.isAbstract(type.getModifiers()) && !type.isAnonymousClass()) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    @Test
    void everyConcreteClauseElementHasFixtures() throws Exception {
        Set<Class<?>> classes = concreteClauseElements();
        assertThat(classes).as("the scan finds the clause elements").contains(Select.class, Insert.class, Cte.class);
        assertThat(fixtures().keySet()).as("classes without cache-key fixtures").containsAll(classes);
    }

    @Test
    void everyFieldIsVaried() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : concreteClauseElements()) {
            Set<String> varied = new TreeSet<>();
            fixtures().getOrDefault(type, List.of()).forEach(variant -> varied.add(variant.field()));
            for (Class<?> c = type; c != null && c.getName().startsWith("io.alchemy."); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    String qualified = c.getSimpleName() + "." + field.getName();
                    if (field.isSynthetic() && !field.getName().startsWith("this$")
                            || DERIVED.containsKey(qualified) || DERIVED.containsKey(c.getSimpleName() + ".*")) {
                        continue;
                    }
                    if (!varied.contains(field.getName())) {
                        missing.add(type.getSimpleName() + ": " + qualified);
                    }
                }
            }
        }
        assertThat(missing).as("fields no fixture varies").isEmpty();
    }

    @Test
    void equalConstructionHasEqualKeys() {
        fixtures().forEach((type, variants) -> {
            for (Variant variant : variants) {
                assertThat(keyOf(variant.make().get())).as("%s %s built twice", type.getSimpleName(), variant.field())
                        .isEqualTo(keyOf(variant.make().get()));
            }
        });
    }

    @Test
    void eachVariedFieldChangesTheKey() {
        List<String> same = new ArrayList<>();
        fixtures().forEach((type, variants) -> {
            Map<Object, String> seen = new HashMap<>();
            for (int i = 0; i < variants.size(); i++) {
                Variant variant = variants.get(i);
                String previous = seen.putIfAbsent(keyOf(variant.make().get()), i + ":" + variant.field());
                if (previous != null) {
                    same.add(type.getSimpleName() + " variant " + i + ":" + variant.field() + " has the key of "
                            + previous);
                }
            }
        });
        assertThat(same).as("variants whose field is missing from the cache key").isEmpty();
    }

    @Test
    void boundValuesAreNotInTheKey() {
        assertThat(keyOf(bindparam("p", Types.INTEGER, 1))).isEqualTo(keyOf(bindparam("p", Types.INTEGER, 2)));
        assertThat(keyOf(A.eq(1))).isEqualTo(keyOf(A.eq(2)));
        assertThat(keyOf(insert(T).values(Map.of("a", 1)))).isEqualTo(keyOf(insert(T).values(Map.of("a", 2))));
        // a JSON index is a bound value too: its path is made at bind time, the SQL is the same
        assertThat(keyOf(JSON_DOC.get(0))).isEqualTo(keyOf(JSON_DOC.get("k")));
        for (var dialect : List.of(TestDialects.POSTGRESQL, TestDialects.MYSQL, TestDialects.SQLITE)) {
            assertThat(compileOrError(JSON_DOC.get(0), dialect)).isEqualTo(compileOrError(JSON_DOC.get("k"), dialect));
        }
    }

    /** SQLite renders an ON CONFLICT index predicate's values inline: they must be in the key. */
    @Test
    void inlineIndexPredicateValuesAreInTheKey() {
        Supplier<ClauseElement> u = () -> SQLiteDml.insert(T).values(Map.of("a", 1))
                .onConflictDoNothing(ConflictTarget.indexElements("b").where(C.eq(1)));
        Supplier<ClauseElement> v = () -> SQLiteDml.insert(T).values(Map.of("a", 1))
                .onConflictDoNothing(ConflictTarget.indexElements("b").where(C.eq(2)));
        assertThat(keyOf(u.get())).isEqualTo(keyOf(u.get())).isNotEqualTo(keyOf(v.get()));
        assertThat(compileOrError(u.get(), TestDialects.SQLITE)).isNotEqualTo(compileOrError(v.get(), TestDialects.SQLITE));
    }

    @Test
    void equalKeysCompileToEqualSql() {
        Map<Object, List<ClauseElement>> byKey = new HashMap<>();
        fixtures().values().forEach(variants -> variants.forEach(
                variant -> byKey.computeIfAbsent(keyOf(variant.make().get()), k -> new ArrayList<>())
                        .add(variant.make().get())));
        List<String> unsound = new ArrayList<>();
        for (List<ClauseElement> group : byKey.values()) {
            for (var dialect : List.of(TestDialects.DEFAULT, TestDialects.POSTGRESQL, TestDialects.MYSQL,
                    TestDialects.SQLITE, TestDialects.H2)) {
                Set<String> sql = new java.util.LinkedHashSet<>();
                for (ClauseElement element : group) {
                    sql.add(compileOrError(element, dialect));
                }
                if (sql.size() > 1) {
                    unsound.add(dialect.name() + ": " + sql);
                }
            }
        }
        assertThat(unsound).as("elements with equal keys but different SQL").isEmpty();
    }

    private static String compileOrError(ClauseElement element, io.alchemy.dialect.Dialect dialect) {
        try {
            if (element instanceof Statement statement) {
                return statement.compile(dialect).sql();
            }
            return dialect.statementCompiler(CompileOptions.DEFAULT).display(element);
        } catch (RuntimeException e) {
            return "error: " + e.getClass().getSimpleName();
        }
    }
}
