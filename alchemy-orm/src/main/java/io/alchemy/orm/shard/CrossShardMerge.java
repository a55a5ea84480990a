package io.alchemy.orm.shard;

import io.alchemy.engine.Result;
import io.alchemy.engine.Row;
import io.alchemy.orm.loading.OrmRow;
import io.alchemy.orm.loading.StatementSubjects;
import io.alchemy.sql.BindParameter;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Label;
import io.alchemy.sql.LabelReference;
import io.alchemy.sql.Operator;
import io.alchemy.sql.Select;
import io.alchemy.sql.SqlFunction;
import io.alchemy.sql.UnaryExpression;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the results of one SELECT run on several shards become the one result a single database holding all their rows
 * would give. A plain SELECT runs on each shard with its ORDER BY expressions added as hidden columns and its LIMIT
 * raised to LIMIT + OFFSET (without OFFSET); the rows are merged in ORDER BY order, made distinct for DISTINCT, then
 * OFFSET and LIMIT are applied. A SELECT of COUNT/SUM/MIN/MAX aggregates (grouped or not) runs on each shard without
 * LIMIT/OFFSET; the partial aggregates of each group are combined (COUNT and SUM added, MIN and MAX compared), then
 * ordered, offset and limited. Anything else that cannot be merged is refused with a {@link CrossShardQueryError}
 * before any shard runs it.
 */
final class CrossShardMerge {
    /** Aggregate functions: the mergeable ones, and those refused. */
    private static final Set<String> MERGEABLE = Set.of("count", "sum", "min", "max");
    private static final Set<String> AGGREGATES = Set.of("count", "sum", "min", "max", "avg", "array_agg",
            "string_agg", "group_concat", "json_agg", "jsonb_agg", "json_arrayagg", "json_objectagg", "stddev",
            "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp", "bool_and", "bool_or", "every", "bit_and",
            "bit_or", "bit_xor", "median", "percentile_cont", "percentile_disc", "mode", "listagg");
    private static final String HIDDEN = "_shard_sort_";

    private enum Fold { KEY, COUNT, SUM, MIN, MAX }

    /** One ORDER BY term: a position among the visible columns, else a hidden column's, else a label name. */
    private record SortKey(int visibleIndex, int hiddenIndex, @Nullable String name, boolean descending,
            @Nullable Boolean nullsFirst) {
    }

    private final Select<?> perShard;
    private final boolean aggregate;
    private final List<Fold> folds;
    private final List<SortKey> sortKeys;
    private final int hidden;
    private final boolean distinct;
    private final @Nullable Integer limit;
    private final int offset;

    private CrossShardMerge(Select<?> perShard, boolean aggregate, List<Fold> folds, List<SortKey> sortKeys, int hidden,
            boolean distinct, @Nullable Integer limit, int offset) {
        this.perShard = perShard;
        this.aggregate = aggregate;
        this.folds = folds;
        this.sortKeys = sortKeys;
        this.hidden = hidden;
        this.distinct = distinct;
        this.limit = limit;
        this.offset = offset;
    }

    /** The plan for {@code select}; {@link CrossShardQueryError} when its shards' results cannot be merged. */
    static CrossShardMerge plan(Select<?> select) {
        if (!select.distinctOn().isEmpty()) {
            throw new CrossShardQueryError("DISTINCT ON cannot be merged across shards; run the statement on one "
                    + "shard (SetShardId) or select plain DISTINCT rows");
        }
        Integer limit = intValue(select.limitClause(), "LIMIT");
        Integer offsetValue = intValue(select.offsetClause(), "OFFSET");
        int offset = offsetValue == null ? 0 : offsetValue;
        boolean aggregate = !select.groupByList().isEmpty()
                || select.columns().stream().anyMatch(c -> aggregateName(c) != null);
        if (aggregate) {
            return planAggregate(select, limit, offset);
        }
        List<SortKey> keys = new ArrayList<>();
        Select<?> statement = select.withoutLimitOffset();
        int hidden = 0;
        for (ColumnElement<?> term : select.orderByList()) {
            Term parsed = Term.of(term);
            if (parsed.expression instanceof LabelReference reference) {
                keys.add(new SortKey(-1, -1, reference.name(), parsed.descending, parsed.nullsFirst));
                continue;
            }
            statement = statement.addColumns(parsed.expression.label(HIDDEN + hidden));
            keys.add(new SortKey(-1, hidden, null, parsed.descending, parsed.nullsFirst));
            hidden++;
        }
        if (limit != null) {
            statement = statement.limit(limit + offset);
        }
        return new CrossShardMerge(statement, false, List.of(), keys, hidden, select.isDistinct(), limit, offset);
    }

    private static CrossShardMerge planAggregate(Select<?> select, @Nullable Integer limit, int offset) {
        if (!select.havingList().isEmpty()) {
            throw new CrossShardQueryError("HAVING cannot be merged across shards: each shard would filter its partial "
                    + "aggregates; filter the merged rows instead, or run the statement on one shard (SetShardId)");
        }
        if (StatementSubjects.entityOf(select) != null) {
            throw new CrossShardQueryError("A SELECT of entities with aggregates or GROUP BY cannot be merged across "
                    + "shards; select columns, or run the statement on one shard (SetShardId)");
        }
        if (select.isDistinct()) {
            throw new CrossShardQueryError("SELECT DISTINCT with aggregates cannot be merged across shards");
        }
        List<Fold> folds = new ArrayList<>();
        for (ColumnElement<?> column : select.columns()) {
            String name = aggregateName(column);
            if (name == null) {
                if (!grouped(select, column)) {
                    throw new CrossShardQueryError("Column " + column + " is neither a COUNT/SUM/MIN/MAX aggregate nor "
                            + "in GROUP BY, so the shards' rows cannot be merged");
                }
                folds.add(Fold.KEY);
                continue;
            }
            if (!MERGEABLE.contains(name)) {
                throw new CrossShardQueryError(name.toUpperCase(Locale.ROOT) + "() cannot be merged across shards: the "
                        + "shards' partial results do not combine into it"
                        + ("avg".equals(name) ? "; select SUM() and COUNT() and divide" : "")
                        + " (COUNT, SUM, MIN and MAX can be merged)");
            }
            SqlFunction<?> function = (SqlFunction<?>) unlabelled(column);
            if (function.arguments().stream().anyMatch(a -> a instanceof UnaryExpression<?> u
                    && u.operator() == Operator.DISTINCT)) {
                throw new CrossShardQueryError(name.toUpperCase(Locale.ROOT) + "(DISTINCT …) cannot be merged across "
                        + "shards: a value may be counted on several shards");
            }
            folds.add(Fold.valueOf(name.toUpperCase(Locale.ROOT)));
        }
        List<SortKey> keys = new ArrayList<>();
        for (ColumnElement<?> term : select.orderByList()) {
            Term parsed = Term.of(term);
            int index = indexOf(select.columns(), parsed.expression);
            if (index < 0) {
                throw new CrossShardQueryError("ORDER BY " + parsed.expression + " of grouped rows merged across shards "
                        + "must name a selected column");
            }
            keys.add(new SortKey(index, -1, null, parsed.descending, parsed.nullsFirst));
        }
        return new CrossShardMerge(select.withoutLimitOffset(), true, folds, keys, 0, false, limit, offset);
    }

    /** The statement each shard runs. */
    Select<?> perShard() {
        return perShard;
    }

    /** The one result of the shards' results. */
    Result merge(List<Result> results, boolean nullsHigh) {
        List<String> keys = null;
        List<Row> rows = new ArrayList<>();
        for (Result result : results) {
            List<String> resultKeys = result.keys();
            keys = keys == null ? resultKeys : keys;
            rows.addAll(result.all());
        }
        List<String> visibleKeys = keys == null ? List.of() : keys.subList(0, keys.size() - hidden);
        List<List<Object>> values = new ArrayList<>();
        if (aggregate) {
            values.addAll(fold(rows));
        } else {
            for (Row row : rows) {
                values.add(new ArrayList<>(row.values()));
            }
        }
        if (!sortKeys.isEmpty()) {
            List<String> allKeys = keys == null ? List.of() : keys;
            values.sort(comparator(allKeys, nullsHigh));
        }
        if (distinct) {
            Set<List<Object>> seen = new LinkedHashSet<>();
            List<List<Object>> unique = new ArrayList<>();
            for (List<Object> row : values) {
                if (seen.add(row.subList(0, row.size() - hidden))) {
                    unique.add(row);
                }
            }
            values = unique;
        }
        int from = Math.min(offset, values.size());
        int to = limit == null ? values.size() : Math.min(values.size(), from + limit);
        List<Row> merged = new ArrayList<>(to - from);
        for (List<Object> row : values.subList(from, to)) {
            merged.add(OrmRow.of(visibleKeys, row.subList(0, row.size() - hidden)));
        }
        return Result.buffered(visibleKeys, merged);
    }

    private List<List<Object>> fold(List<Row> rows) {
        Map<List<Object>, Object[]> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            List<Object> key = new ArrayList<>();
            for (int i = 0; i < folds.size(); i++) {
                if (folds.get(i) == Fold.KEY) {
                    key.add(row.get(i));
                }
            }
            Object[] totals = groups.get(key);
            if (totals == null) {
                groups.put(key, row.values().toArray());
                continue;
            }
            for (int i = 0; i < folds.size(); i++) {
                totals[i] = combine(folds.get(i), totals[i], row.get(i));
            }
        }
        List<List<Object>> folded = new ArrayList<>();
        for (Object[] totals : groups.values()) {
            folded.add(java.util.Arrays.asList(totals));
        }
        return folded;
    }

    private static @Nullable Object combine(Fold fold, @Nullable Object total, @Nullable Object value) {
        if (fold == Fold.KEY || value == null) {
            return total;
        }
        if (total == null) {
            return value;
        }
        return switch (fold) {
            case COUNT, SUM -> add((Number) total, (Number) value);
            case MIN -> compare(total, value) <= 0 ? total : value;
            case MAX -> compare(total, value) >= 0 ? total : value;
            case KEY -> total;
        };
    }

    /** The sum, in the type of {@code a} when it holds it (an Integer COUNT stays an Integer unless it overflows). */
    static Number add(Number a, Number b) {
        if (a instanceof BigDecimal || b instanceof BigDecimal) {
            return decimal(a).add(decimal(b));
        }
        if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) {
            double sum = a.doubleValue() + b.doubleValue();
            return a instanceof Float && b instanceof Float ? (Number) (float) sum : (Number) sum;
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return BigInteger.valueOf(0).add(big(a)).add(big(b));
        }
        long sum = Math.addExact(a.longValue(), b.longValue());
        if (a instanceof Integer && sum >= Integer.MIN_VALUE && sum <= Integer.MAX_VALUE) {
            return (int) sum;
        }
        if (a instanceof Short && sum >= Short.MIN_VALUE && sum <= Short.MAX_VALUE) {
            return (short) sum;
        }
        return sum;
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : n instanceof BigInteger i ? new BigDecimal(i) : new BigDecimal(n.toString());
    }

    private static BigInteger big(Number n) {
        return n instanceof BigInteger i ? i : BigInteger.valueOf(n.longValue());
    }

    private Comparator<List<Object>> comparator(List<String> keys, boolean nullsHigh) {
        int visible = keys.size() - hidden;
        return (left, right) -> {
            for (SortKey key : sortKeys) {
                int index = key.visibleIndex >= 0 ? key.visibleIndex
                        : key.hiddenIndex >= 0 ? visible + key.hiddenIndex : keys.indexOf(key.name);
                if (index < 0) {
                    throw new CrossShardQueryError("ORDER BY " + key.name + " names no column of the rows merged "
                            + "across shards");
                }
                Object a = left.get(index);
                Object b = right.get(index);
                int order;
                if (a == null || b == null) {
                    boolean nullsFirst = key.nullsFirst != null ? key.nullsFirst : nullsHigh == key.descending;
                    order = a == b ? 0 : (a == null) == nullsFirst ? -1 : 1;
                } else {
                    order = key.descending ? -compare(a, b) : compare(a, b);
                }
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        };
    }

    /**
     * Compares two non-null values as the databases do for numbers, dates and times; strings compare by UTF-16 code
     * units ({@link String#compareTo}), which is the database's order only under a binary ("C") collation.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y && a.getClass() != b.getClass()) {
            return decimal(x).compareTo(decimal(y));
        }
        if (a instanceof Comparable comparable && a.getClass().isInstance(b)) {
            return comparable.compareTo(b);
        }
        throw new CrossShardQueryError("Cannot order rows merged across shards by values of "
                + a.getClass().getName() + " and " + b.getClass().getName());
    }

    /** The lower-case name of the aggregate function a column is (possibly labelled), or {@code null}. */
    private static @Nullable String aggregateName(ColumnElement<?> column) {
        if (unlabelled(column) instanceof SqlFunction<?> function) {
            String name = function.name().toLowerCase(Locale.ROOT);
            return AGGREGATES.contains(name) ? name : null;
        }
        return null;
    }

    private static ColumnElement<?> unlabelled(ColumnElement<?> column) {
        return column instanceof Label<?> label ? label.element() : column;
    }

    private static boolean grouped(Select<?> select, ColumnElement<?> column) {
        ColumnElement<?> bare = unlabelled(column);
        for (ColumnElement<?> group : select.groupByList()) {
            if (group == bare || group == column || unlabelled(group) == bare) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<ColumnElement<?>> columns, ColumnElement<?> expression) {
        for (int i = 0; i < columns.size(); i++) {
            ColumnElement<?> column = columns.get(i);
            if (column == expression || unlabelled(column) == expression || unlabelled(column) == unlabelled(expression)
                    || expression instanceof LabelReference reference && column instanceof Label<?> label
                    && label.name().equals(reference.name())) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable Integer intValue(@Nullable ColumnElement<?> clause, String what) {
        if (clause == null) {
            return null;
        }
        if (clause instanceof BindParameter<?> parameter && parameter.hasValue()
                && parameter.value() instanceof Number number) {
            return number.intValue();
        }
        throw new CrossShardQueryError(what + " " + clause + " is not a number known before the statement runs, so "
                + "the shards' rows cannot be cut to it");
    }

    /** An ORDER BY term: its expression, direction and NULLS placement (null: the database's default). */
    private record Term(ColumnElement<?> expression, boolean descending, @Nullable Boolean nullsFirst) {
        static Term of(ColumnElement<?> term) {
            ColumnElement<?> expression = term;
            boolean descending = false;
            Boolean nullsFirst = null;
            while (expression instanceof UnaryExpression<?> unary && unary.isModifier()) {
                switch (unary.operator()) {
                    case DESC -> descending = true;
                    case NULLS_FIRST -> nullsFirst = true;
                    case NULLS_LAST -> nullsFirst = false;
                    default -> {
                    }
                }
                expression = unary.element();
            }
            return new Term(expression, descending, nullsFirst);
        }
    }
}
