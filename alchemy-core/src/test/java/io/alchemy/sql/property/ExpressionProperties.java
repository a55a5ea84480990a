package io.alchemy.sql.property;

import static io.alchemy.Alchemy.caseWhen;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Select;
import io.alchemy.testing.DatabaseMatrix;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property tests: random expression trees with awkward values (quotes, backslashes, unicode, NULL, large numbers)
 * compile and execute on every database of the matrix and return what evaluating the same tree in Java says; no
 * string value ever appears in the SQL text. Each case is generated from its own seed, named on failure.
 */
class ExpressionProperties {
    private static final int CASES = 150;
    private static final List<TestDatabase> DATABASES = new ArrayList<>();
    private static final List<Engine> ENGINES = new ArrayList<>();

    @BeforeAll
    static void openDatabases() {
        for (String name : DatabaseMatrix.selected()) {
            TestDatabase db = TestDatabase.fresh(name);
            DATABASES.add(db);
            ENGINES.add(db.engine());
        }
    }

    @AfterAll
    static void closeDatabases() throws Exception {
        for (TestDatabase db : DATABASES) {
            db.close();
        }
    }

    @Test
    void integerExpressionsEvaluateLikeJava() {
        forEachCase(trees -> trees.integer(3), expr -> expr.sql(), expr -> expr.eval());
    }

    @Test
    void conditionsFollowThreeValuedLogic() {
        forEachCondition(trees -> trees.condition(3));
    }

    @Test
    void autoescapedLikePatternsMatchLiterally() {
        forEachCondition(trees -> trees.like(2));
    }

    @Test
    void stringsTravelAsParameters() {
        forEachCase(trees -> trees.string(3), expr -> expr.sql(), expr -> expr.eval());
    }

    /** Conditions read back as 1, 0 or NULL (true, false, unknown), through CASE, on every database. */
    private static void forEachCondition(Function<RandomTrees, Expr> generator) {
        forEachCase(generator, expr -> {
            ColumnElement<?> condition = expr.sql();
            return caseWhen(condition, 1L).when(condition.not(), 0L).otherwise(null);
        }, expr -> {
            Boolean expected = (Boolean) expr.eval();
            return expected == null ? null : expected ? 1L : 0L;
        });
    }

    private static void forEachCase(Function<RandomTrees, Expr> generator, Function<Expr, ColumnElement<?>> toSql,
            Function<Expr, Object> expected) {
        for (long seed = 1; seed <= CASES; seed++) {
            Expr expr = generator.apply(new RandomTrees(seed));
            check(seed, expr, toSql.apply(expr).label("v"), expected.apply(expr));
        }
    }

    private static void check(long seed, Expr expr, ColumnElement<?> expression, Object expected) {
        Select<?> stmt = select(expression);
        for (Engine engine : ENGINES) {
            String where = "seed " + seed + " " + expr + " on " + engine.dialect().name();
            Compiled compiled = stmt.compile(engine.dialect(), CompileOptions.forParameters(Set.of()));
            assertThat(compiled.sql()).as("SQL text, %s", where).doesNotContain(RandomTrees.MARK);
            String withoutExpandingNames = compiled.sql().replaceAll("\\[POSTCOMPILE_[^]]*]", "");
            assertThat(withoutExpandingNames).as("no number inlined, %s", where).doesNotContainPattern("\\d\\d");
            Object actual = engine.transaction(conn -> conn.execute(stmt).scalar());
            if (actual instanceof java.math.BigDecimal decimal) {
                actual = decimal.longValueExact();
            } else if (actual instanceof Number number) {
                actual = number.longValue();
            }
            assertThat(actual).as("%s: %s", where, stmt).isEqualTo(expected);
        }
    }
}
