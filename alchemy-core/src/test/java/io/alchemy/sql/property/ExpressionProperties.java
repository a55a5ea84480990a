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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random expression trees with awkward values (quotes, backslashes, unicode, NULL, large numbers) compile and
 * execute on every database of the matrix and return what evaluating the same tree in Java says; no string value
 * ever appears in the SQL text.
 */
class ExpressionProperties {
    /** Marks every generated string, so that finding it in SQL text would reveal an inlined value. */
    private static final String MARK = "\u2603";
    private static final List<TestDatabase> DATABASES = new ArrayList<>();
    private static final List<Engine> ENGINES = new ArrayList<>();

    @BeforeContainer
    static void openDatabases() {
        for (String name : DatabaseMatrix.selected()) {
            TestDatabase db = TestDatabase.fresh(name);
            DATABASES.add(db);
            ENGINES.add(db.engine());
        }
    }

    @AfterContainer
    static void closeDatabases() throws Exception {
        for (TestDatabase db : DATABASES) {
            db.close();
        }
    }

    @Property(tries = 150)
    void integerExpressionsEvaluateLikeJava(@ForAll("integers") Expr expr) {
        check(expr.sql().label("v"), expr.eval());
    }

    @Property(tries = 150)
    void conditionsFollowThreeValuedLogic(@ForAll("conditions") Expr expr) {
        ColumnElement<?> condition = expr.sql();
        ColumnElement<?> asNumber = caseWhen(condition, 1L).when(condition.not(), 0L).otherwise(null);
        Boolean expected = (Boolean) expr.eval();
        check(asNumber.label("v"), expected == null ? null : expected ? 1L : 0L);
    }

    @Property(tries = 100)
    void stringsTravelAsParameters(@ForAll("strings") Expr expr) {
        check(expr.sql().label("v"), expr.eval());
    }

    private static void check(ColumnElement<?> expression, Object expected) {
        Select stmt = select(expression);
        for (Engine engine : ENGINES) {
            Compiled compiled = stmt.compile(engine.dialect(), CompileOptions.forParameters(java.util.Set.of()));
            assertThat(compiled.sql()).as("SQL text on %s", engine.dialect().name()).doesNotContain(MARK);
            Object actual = engine.transaction(conn -> conn.execute(stmt).scalar());
            if (actual instanceof Number number && !(actual instanceof java.math.BigDecimal)) {
                actual = number.longValue();
            } else if (actual instanceof java.math.BigDecimal decimal) {
                actual = decimal.longValueExact();
            }
            assertThat(actual).as("%s on %s", stmt, engine.dialect().name()).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<Expr> integers() {
        return Arbitraries.recursive(this::intValues, ExpressionProperties::arithmetic, 0, 3);
    }

    private Arbitrary<Expr> intValues() {
        Arbitrary<Long> numbers = Arbitraries.oneOf(Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                Arbitraries.of(0L, 1L, -1L, 2_147_483_647L, -2_147_483_648L));
        return numbers.injectNull(0.15).map(Expr.IntValue::new);
    }

    private static Arbitrary<Expr> arithmetic(Arbitrary<Expr> operands) {
        return Arbitraries.oneOf(operands, Combinators.combine(operands, Arbitraries.of(true, false), intLeaf())
                .as((left, plus, right) -> new Expr.Arithmetic(left, plus, right)));
    }

    private static Arbitrary<Expr> intLeaf() {
        return Arbitraries.longs().between(-1_000_000L, 1_000_000L).injectNull(0.15).map(Expr.IntValue::new);
    }

    @Provide
    Arbitrary<Expr> conditions() {
        Arbitrary<Expr> integers = integers();
        Arbitrary<Expr> leaves = Arbitraries.oneOf(
                Combinators.combine(integers, Arbitraries.of("=", "!=", "<", "<=", ">", ">="), integers)
                        .as((left, op, right) -> new Expr.Compare(left, op, right)),
                integers.map(Expr.IsNull::new),
                Combinators.combine(integers, Arbitraries.longs().between(-3, 3).list().ofMaxSize(4),
                        Arbitraries.of(true, false)).as((e, values, negated) -> new Expr.In(e, values, negated)));
        return Arbitraries.recursive(() -> leaves, ExpressionProperties::logic, 0, 3);
    }

    private static Arbitrary<Expr> logic(Arbitrary<Expr> operands) {
        return Arbitraries.oneOf(operands.map(Expr.Not::new),
                Combinators.combine(operands, Arbitraries.of(true, false), operands)
                        .as((left, and, right) -> new Expr.Logic(left, and, right)));
    }

    @Provide
    Arbitrary<Expr> strings() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab'\"\\%_;:?-\u00e9\u4e2d ").ofMaxLength(12)
                .map(s -> MARK + s);
        Arbitrary<Expr> values = text.injectNull(0.1).map(Expr.StringValue::new);
        return Arbitraries.recursive(() -> values, operands -> Combinators.combine(operands, values)
                .as(Expr.Concat::new), 0, 3);
    }
}
