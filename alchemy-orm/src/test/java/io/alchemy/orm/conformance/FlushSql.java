package io.alchemy.orm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.SqlRecorder.Executed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLAlchemy's {@code assert_sql_execution(testing.db, work, CompiledSQL(…), …)} over the test kit's
 * {@link SqlRecorder}: SQLAlchemy's statements as it writes them (named parameters {@code :name}, parameters as
 * dictionaries) are compared with what was executed, as facts: the same statements in the same order with the same
 * parameter values. The parameter style is JDBC's ({@code :name} → {@code ?}, values in order of appearance); a
 * {@code RETURNING} clause is the dialect's choice (SQLAlchemy's {@code Conditional} on
 * {@code insert_executemany_returning}) and not compared; consecutive executions of one statement count as one
 * executemany with their parameter sets in order, as SQLAlchemy's batched flush shows them, and so does one INSERT of
 * several VALUES tuples (insertmanyvalues, H2's {@code SELECT … FROM FINAL TABLE (INSERT …)} and PostgreSQL's
 * sentinel-ordered {@code INSERT … SELECT … FROM (VALUES …) AS imp_sen(…) ORDER BY sen_counter} included).
 */
final class FlushSql {
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):(\\w+)");
    private static final Pattern RETURNING = Pattern.compile(" RETURNING .*$");
    private static final Pattern FINAL_TABLE = Pattern.compile("SELECT .*? FROM FINAL TABLE \\((INSERT .*)\\)");
    private static final Pattern SENTINEL_ORDERED = Pattern.compile(
            "(INSERT INTO .*? \\([^)]*\\)) SELECT .*? FROM \\(VALUES (\\([^()]*\\))(.*?)\\) AS imp_sen\\(.*?\\) "
                    + "ORDER BY sen_counter(.*)");
    private static final Pattern MULTI_VALUES = Pattern.compile("(INSERT INTO .* VALUES )(\\([^()]*\\))(?:, \\2)+");

    private FlushSql() {
    }

    /** One expected statement: SQLAlchemy's SQL and its parameter sets ({@code null}: not compared). */
    record Compiled(String sql, Supplier<List<Map<String, Object>>> parameterSets) {
        @Override
        public String toString() {
            return sql;
        }
    }

    /** {@code CompiledSQL(sql)}: any parameters. */
    static Compiled compiled(String sql) {
        return new Compiled(sql, null);
    }

    /** {@code CompiledSQL(sql, {…})}. */
    static Compiled compiled(String sql, Map<String, Object> parameters) {
        return new Compiled(sql, () -> List.of(parameters));
    }

    /** {@code CompiledSQL(sql, lambda ctx: {…})}: the parameters as they are after the work ran. */
    static Compiled compiled(String sql, Supplier<Map<String, Object>> parameters) {
        return new Compiled(sql, () -> List.of(parameters.get()));
    }

    /** {@code CompiledSQL(sql, lambda ctx: [{…}, {…}])}: an executemany, its parameters as they are after the work. */
    static Compiled compiledMany(String sql, Supplier<List<Map<String, Object>>> parameterSets) {
        return new Compiled(sql, parameterSets);
    }

    /** {@code CompiledSQL(sql, [{…}, {…}])}: an executemany. */
    @SafeVarargs
    static Compiled compiledMany(String sql, Map<String, Object>... parameterSets) {
        List<Map<String, Object>> sets = Arrays.asList(parameterSets);
        return new Compiled(sql, () -> sets);
    }

    /** {@code AllOf(CompiledSQL(…), …)}: statements that run in any order. */
    record AllOf(List<Compiled> statements) {
    }

    /** {@code AllOf(…)}. */
    static AllOf allOf(Compiled... statements) {
        return new AllOf(List.of(statements));
    }

    /** Runs {@code work} and checks the statements it executed on {@code engine}. */
    static void assertSqlExecution(Engine engine, Runnable work, Compiled... expected) {
        assertSqlExecution(engine, work, (Object[]) expected);
    }

    /**
     * Runs {@code work} and checks the statements it executed on {@code engine}; each item is a {@link Compiled} or
     * an {@link AllOf}, whose statements may come in any order.
     */
    static void assertSqlExecution(Engine engine, Runnable work, Object... expected) {
        SqlRecorder recorder = SqlRecorder.on(engine);
        List<Executed> executed;
        try {
            work.run();
            executed = recorder.takeStatements();
        } finally {
            engine.removeListener(recorder);
        }
        AssertionError first = null;
        for (List<Compiled> sequence : sequences(List.of(expected))) {
            try {
                check(executed, sequence.toArray(Compiled[]::new));
                return;
            } catch (AssertionError mismatch) {
                first = first == null ? mismatch : first;
            }
        }
        throw first;
    }

    /** Every order the items allow: an {@link AllOf} in each of its permutations. */
    private static List<List<Compiled>> sequences(List<Object> items) {
        List<List<Compiled>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (Object item : items) {
            List<List<Compiled>> choices = item instanceof AllOf all ? permutations(all.statements())
                    : List.of(List.of((Compiled) item));
            List<List<Compiled>> next = new ArrayList<>();
            for (List<Compiled> prefix : out) {
                for (List<Compiled> choice : choices) {
                    List<Compiled> sequence = new ArrayList<>(prefix);
                    sequence.addAll(choice);
                    next.add(sequence);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<List<Compiled>> permutations(List<Compiled> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Compiled>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Compiled> rest = new ArrayList<>(items);
            Compiled head = rest.remove(i);
            for (List<Compiled> tail : permutations(rest)) {
                List<Compiled> sequence = new ArrayList<>(List.of(head));
                sequence.addAll(tail);
                out.add(sequence);
            }
        }
        return out;
    }

    private static void check(List<Executed> executed, Compiled[] expected) {
        List<String> sqls = new ArrayList<>();
        List<List<List<Object>>> parameters = new ArrayList<>();
        for (Executed statement : executed) {
            // line breaks and indentation are layout, as SQLAlchemy's CompiledSQL strips them
            String sql = statement.sql().replaceAll("\\s+", " ").trim();
            Matcher finalTable = FINAL_TABLE.matcher(sql);
            if (finalTable.matches()) {
                sql = finalTable.group(1);
            }
            Matcher ordered = SENTINEL_ORDERED.matcher(sql);
            if (ordered.matches()) {
                // PostgreSQL's insertmanyvalues batch, INSERT … SELECT … FROM (VALUES (…, 0), …) AS imp_sen(…) ORDER BY
                // sen_counter: the same executemany as a multi-row VALUES
                String first = ordered.group(2);
                int width = (int) first.chars().filter(c -> c == '?').count();
                int rows = (int) (first + ordered.group(3)).chars().filter(c -> c == '?').count() / Math.max(1, width);
                String tuple = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
                sql = ordered.group(1) + " VALUES " + String.join(", ", java.util.Collections.nCopies(rows, tuple))
                        + ordered.group(4);
            }
            sql = RETURNING.matcher(sql).replaceFirst("");
            List<List<Object>> sets = statement.parameters();
            Matcher batch = MULTI_VALUES.matcher(sql);
            if (batch.matches()) {
                // insertmanyvalues: one INSERT of several VALUES tuples is SQLAlchemy's executemany
                String tuple = batch.group(2);
                int width = (int) tuple.chars().filter(c -> c == '?').count();
                sql = batch.group(1) + tuple;
                List<List<Object>> split = new ArrayList<>();
                for (List<Object> set : sets) {
                    for (int i = 0; i + width <= set.size(); i += width) {
                        split.add(new ArrayList<>(set.subList(i, i + width)));
                    }
                }
                sets = split;
            }
            if (!sqls.isEmpty() && sqls.get(sqls.size() - 1).equals(sql)) {
                parameters.get(parameters.size() - 1).addAll(sets);
            } else {
                sqls.add(sql);
                parameters.add(new ArrayList<>(sets));
            }
        }
        List<String> expectedSqls = new ArrayList<>();
        List<List<List<Object>>> expectedParameters = new ArrayList<>();
        for (Compiled compiled : expected) {
            String sql = RETURNING.matcher(compiled.sql()).replaceFirst("");
            List<String> names = new ArrayList<>();
            Matcher matcher = NAMED.matcher(sql);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            String jdbcSql = matcher.replaceAll("?");
            boolean sameAsBefore = !expectedSqls.isEmpty() && expectedSqls.get(expectedSqls.size() - 1).equals(jdbcSql);
            if (compiled.parameterSets() == null) {
                if (!sameAsBefore) {
                    expectedSqls.add(jdbcSql);
                    expectedParameters.add(null);
                }
                continue;
            }
            List<List<Object>> sets = new ArrayList<>();
            for (Map<String, Object> set : compiled.parameterSets().get()) {
                List<Object> values = new ArrayList<>();
                for (String name : names) {
                    assertThat(set).as("parameters of %s", compiled.sql()).containsKey(name);
                    values.add(set.get(name));
                }
                sets.add(values);
            }
            if (sameAsBefore && expectedParameters.get(expectedParameters.size() - 1) != null) {
                expectedParameters.get(expectedParameters.size() - 1).addAll(sets);
            } else if (!sameAsBefore) {
                expectedSqls.add(jdbcSql);
                expectedParameters.add(sets);
            }
        }
        assertThat(sqls).as("statements executed").isEqualTo(expectedSqls);
        for (int i = 0; i < expectedSqls.size(); i++) {
            if (expectedParameters.get(i) != null) {
                assertThat(normalized(parameters.get(i))).as("parameters of %s", expectedSqls.get(i))
                        .isEqualTo(normalized(expectedParameters.get(i)));
            }
        }
    }

    /** Numbers compared by value whatever their Java type (an INTEGER may come back as a Long). */
    private static List<List<Object>> normalized(List<List<Object>> sets) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> set : sets) {
            List<Object> values = new ArrayList<>();
            for (Object value : set) {
                values.add(value instanceof Number n && !(value instanceof Double) ? (Object) n.longValue() : value);
            }
            out.add(values);
        }
        return out;
    }
}
