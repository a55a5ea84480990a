package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.testing.TestDialects.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each column-expression construct compiled for the default dialect and, where they differ, for each database. */
class ExpressionCompileTest {
    private final TableClause user = TestTables.userTable();
    private final ColumnClause<?> id = user.c("id");
    private final ColumnClause<?> name = user.c("name");

    @Test
    void comparisons() {
        assertCompile(id.eq(5), "user_account.id = :id_1");
        assertCompile(id.ne(5), "user_account.id != :id_1");
        assertCompile(id.lt(5), "user_account.id < :id_1");
        assertCompile(id.le(5), "user_account.id <= :id_1");
        assertCompile(id.gt(5), "user_account.id > :id_1");
        assertCompile(id.ge(5), "user_account.id >= :id_1");
        assertCompile(id.eq(null), "user_account.id IS NULL");
        assertCompile(id.ne(null), "user_account.id IS NOT NULL");
        assertCompile(id.isNull(), "user_account.id IS NULL");
        assertCompile(id.isNotNull(), "user_account.id IS NOT NULL");
        assertCompile(id.eq(user.c("name")), "user_account.id = user_account.name");
    }

    @Test
    void negationsUseTheOppositeOperator() {
        assertCompile(not(id.eq(5)), "user_account.id != :id_1");
        assertCompile(not(id.lt(5)), "user_account.id >= :id_1");
        assertCompile(not(name.like("a%")), "user_account.name NOT LIKE :name_1");
        assertCompile(not(id.in(1, 2)), "(user_account.id NOT IN (__[POSTCOMPILE_id_1]))");
        assertCompile(not(id.isNull()), "user_account.id IS NOT NULL");
        assertCompile(not(id.between(1, 2)), "user_account.id NOT BETWEEN :id_1 AND :id_2");
        assertCompile(not(and(id.eq(1), name.eq("x"))),
                "NOT (user_account.id = :id_1 AND user_account.name = :name_1)");
        assertCompile(not(not(id.gt(1).or(id.lt(0)))), "user_account.id > :id_1 OR user_account.id < :id_2");
        assertCompile(not(id.plus(1)), "NOT (user_account.id + :id_1)");
    }

    @Test
    void inListsAreExpandingParameters() {
        assertCompile(id.in(List.of(1, 2, 3)), "user_account.id IN (__[POSTCOMPILE_id_1])");
        assertCompile(id.notIn(1, 2), "(user_account.id NOT IN (__[POSTCOMPILE_id_1]))");
        assertCompile(id.in(user.c("name"), 5), "user_account.id IN (user_account.name, :id_1)");
        assertCompile(id.in(bindparam("ids")), "user_account.id IN (__[POSTCOMPILE_ids])");
        assertCompile(id.in(select(id).where(name.eq("x"))),
                "user_account.id IN (SELECT user_account.id \nFROM user_account \nWHERE user_account.name = :name_1)");
    }

    @Test
    void expandingParametersSpellOutAtBindTime() {
        Select<?> stmt = select(id).where(id.in(List.of(4, 5, 6)));
        Compiled compiled = stmt.compile(SQLITE);
        assertThat(compiled.sql()).endsWith("WHERE user_account.id IN (__[POSTCOMPILE_id_1])");
        BoundStatement bound = stmt.bind(compiled, java.util.Map.of());
        assertThat(bound.sql()).endsWith("WHERE user_account.id IN (?, ?, ?)");
        assertThat(bound.values()).containsExactly(4, 5, 6);
        assertThat(bound.parameters()).extracting(BindSlot::name).containsExactly("id_1_1", "id_1_2", "id_1_3");

        BoundStatement empty = select(id).where(id.in(List.of())).bind(compiled, java.util.Map.of());
        assertThat(empty.sql()).endsWith("WHERE user_account.id IN (NULL) AND (1 != 1)");
        BoundStatement emptyNotIn = select(id).where(id.notIn(List.of())).compile(SQLITE).bind(java.util.Map.of(), java.util.Map.of());
        assertThat(emptyNotIn.sql()).endsWith("WHERE (user_account.id NOT IN (NULL) OR (1 = 1))");
    }

    @Test
    void oneExpandingParameterInBothInAndNotInKeepsEachEmptyMeaning() {
        ColumnElement<Boolean> in = id.in(List.of());
        Select<?> stmt = select(caseWhen(in, 1).when(in.not(), 0));
        BoundStatement bound = stmt.bind(stmt.compile(SQLITE), java.util.Map.of());
        assertThat(bound.sql()).isEqualTo("SELECT CASE WHEN (user_account.id IN (NULL) AND (1 != 1)) THEN ? WHEN "
                + "((user_account.id NOT IN (NULL) OR (1 = 1))) THEN ? END AS anon_1 \nFROM user_account");
    }

    @Test
    void likeFamily() {
        assertCompile(name.like("a%"), "user_account.name LIKE :name_1");
        assertCompile(name.like("a/%", '/'), "user_account.name LIKE :name_1 ESCAPE '/'");
        assertCompile(name.notLike("a%"), "user_account.name NOT LIKE :name_1");
        assertCompile(name.ilike("a%"), "lower(user_account.name) LIKE lower(:name_1)");
        assertCompile(name.ilike("a%"), "user_account.name ILIKE ?", POSTGRESQL);
        assertCompile(name.notIlike("a%"), "user_account.name NOT ILIKE ?", POSTGRESQL);
        assertCompile(name.startswith("sp"), "user_account.name LIKE :name_1 || '%'");
        assertCompile(name.endswith("ob"), "user_account.name LIKE '%' || :name_1");
        assertCompile(name.contains("on"), "user_account.name LIKE '%' || :name_1 || '%'");
        assertCompile(not(name.contains("on")), "user_account.name NOT LIKE '%' || :name_1 || '%'");
        assertCompile(name.startswith("sp"), "user_account.name LIKE concat(?, '%')", MYSQL);
        assertCompile(name.contains("on"), "user_account.name LIKE concat('%', ?, '%')", MYSQL);
    }

    @Test
    void autoescapeEscapesWildcardsInTheValue() {
        Compiled compiled = select(id).where(name.startswith("50%_off/", true)).compile(SQLITE);
        assertThat(compiled.sql()).endsWith("WHERE user_account.name LIKE ? || '%' ESCAPE '/'");
        assertThat(compiled.binds().get(0).value()).isEqualTo("50/%/_off//");
    }

    @Test
    void betweenArithmeticAndConcatenation() {
        assertCompile(id.between(1, 10), "user_account.id BETWEEN :id_1 AND :id_2");
        assertCompile(id.plus(1).times(2), "(user_account.id + :id_1) * :param_1");
        assertCompile(id.times(2).plus(1), "user_account.id * :id_1 + :param_1");
        assertCompile(id.plus(1).plus(2), "user_account.id + :id_1 + :param_1");
        assertCompile(id.minus(id.minus(1)), "user_account.id - (user_account.id - :id_1)");
        assertCompile(id.div(2).mod(3), "(user_account.id / CAST(:id_1 AS NUMERIC)) % :param_1");
        assertCompile(id.neg(), "-user_account.id");
        assertCompile(name.concat("x").concat("y"), "user_account.name || :name_1 || :param_1");
        assertCompile(name.concat("x"), "concat(user_account.name, ?)", MYSQL);
        assertCompile(id.plus(1).eq(5), "user_account.id + :id_1 = :param_1");
    }

    @Test
    void andOrParenthesesOnlyWherePrecedenceNeedsThem() {
        assertCompile(and(id.eq(1), or(name.eq("a"), name.eq("b"))),
                "user_account.id = :id_1 AND (user_account.name = :name_1 OR user_account.name = :name_2)");
        assertCompile(or(id.eq(1), and(name.eq("a"), name.eq("b"))),
                "user_account.id = :id_1 OR user_account.name = :name_1 AND user_account.name = :name_2");
        assertCompile(and(and(id.eq(1), id.eq(2)), id.eq(3)),
                "user_account.id = :id_1 AND user_account.id = :id_2 AND user_account.id = :id_3");
        assertCompile(id.eq(1).and(id.eq(2)).or(id.eq(3)),
                "user_account.id = :id_1 AND user_account.id = :id_2 OR user_account.id = :id_3");
    }

    @Test
    void distinctFromPerDialect() {
        assertCompile(id.isDistinctFrom(5), "user_account.id IS DISTINCT FROM :id_1");
        assertCompile(id.isNotDistinctFrom(5), "user_account.id IS NOT DISTINCT FROM :id_1");
        assertCompile(id.isDistinctFrom(5), "user_account.id IS NOT ?", SQLITE);
        assertCompile(id.isNotDistinctFrom(5), "user_account.id IS ?", SQLITE);
        assertCompile(id.isDistinctFrom(5), "NOT (user_account.id <=> ?)", MYSQL);
        assertCompile(id.isNotDistinctFrom(5), "user_account.id <=> ?", MYSQL);
        assertCompile(id.isDistinctFrom(5), "user_account.id IS DISTINCT FROM ?", H2);
    }

    @Test
    void modifiersLabelsAndFunctions() {
        assertCompile(id.desc(), "user_account.id DESC");
        assertCompile(nullsFirst(id.desc()), "user_account.id DESC NULLS FIRST");
        assertCompile(id.asc().nullsLast(), "user_account.id ASC NULLS LAST");
        assertCompile(func.count(distinct(name)), "count(DISTINCT user_account.name)");
        assertCompile(func.coalesce(name, "x"), "coalesce(user_account.name, :coalesce_1)");
        assertCompile(func.currentTimestamp(), "CURRENT_TIMESTAMP");
        assertCompile(func.now(), "now()");
        assertCompile(func.now(), "CURRENT_TIMESTAMP", SQLITE);
        assertCompile(func.now(), "CURRENT_TIMESTAMP", H2);
        assertCompile(func.now(), "now()", POSTGRESQL);
        assertCompile(id.op("&", 4), "user_account.id & :id_1");
        assertCompile(select(name.label("n")), "SELECT user_account.name AS n \nFROM user_account");
    }

    @Test
    void castPerDialect() {
        assertCompile(cast(id, Types.STRING), "CAST(user_account.id AS VARCHAR)");
        assertCompile(cast(id, Types.string(10)), "CAST(user_account.id AS CHAR(10))", MYSQL);
        assertCompile(cast(name, Types.INTEGER), "CAST(user_account.name AS SIGNED INTEGER)", MYSQL);
        assertCompile(cast(name, Types.INTEGER), "CAST(user_account.name AS INTEGER)", POSTGRESQL);
        assertCompile(cast("5", Types.INTEGER), "CAST(:param_1 AS INTEGER)");
        assertCompile(typeCoerce(name, Types.INTEGER), "user_account.name");
        assertThat(typeCoerce(name, Types.INTEGER).type()).isEqualTo(Types.INTEGER);
    }

    @Test
    void literalsBindparamsAndConstants() {
        assertCompile(literal("x"), ":param_1");
        assertCompile(literal("x").concat(name), ":name_1 || user_account.name");
        assertCompile(literalColumn("'some phrase'"), "'some phrase'");
        assertCompile(name.eq(bindparam("username")), "user_account.name = :username");
        assertCompile(id.eq(true_()), "user_account.id = true");
        assertCompile(id.eq(true_()), "user_account.id = 1", SQLITE);
        assertCompile(id.eq(false_()), "user_account.id = 0", MYSQL);
        assertCompile(id.eq(true_()), "user_account.id = true", POSTGRESQL);
        // SQLAlchemy test_operators.py test_null_true_false_is_sanity_checks: column("q") == null() is "q IS NULL"
        assertCompile(id.eq(null_()), "user_account.id IS NULL");
    }

    @Test
    void caseAndTuples() {
        assertCompile(caseWhen(id.eq(1), "one").when(id.eq(2), "two").otherwise("many"),
                "CASE WHEN (user_account.id = :id_1) THEN :param_1 WHEN (user_account.id = :id_2) THEN :param_2 "
                        + "ELSE :param_3 END");
        assertCompile(caseOf(name).when("a", 1), "CASE user_account.name WHEN :param_1 THEN :param_2 END");
        assertCompile(tuple(id, name).eq(tuple(1, "x")), "(user_account.id, user_account.name) = (:param_1, :param_2)");
    }

    @Test
    void windowFrames() {
        assertCompile(func.sum(id).over(orderBy(id).rows(null, 0)),
                "sum(user_account.id) OVER (ORDER BY user_account.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)");
        assertCompile(func.sum(id).over(partitionBy(name).orderBy(id).range(-2, 3)),
                "sum(user_account.id) OVER (PARTITION BY user_account.name ORDER BY user_account.id "
                        + "RANGE BETWEEN :param_1 PRECEDING AND :param_2 FOLLOWING)");
        assertCompile(func.rank().over(), "rank() OVER ()");
    }
}
