package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Dialects4.*;
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
        assertThat(id.eq(5).toString()).isEqualTo("user_account.id = :id_1");
        assertThat(id.ne(5).toString()).isEqualTo("user_account.id != :id_1");
        assertThat(id.lt(5).toString()).isEqualTo("user_account.id < :id_1");
        assertThat(id.le(5).toString()).isEqualTo("user_account.id <= :id_1");
        assertThat(id.gt(5).toString()).isEqualTo("user_account.id > :id_1");
        assertThat(id.ge(5).toString()).isEqualTo("user_account.id >= :id_1");
        assertThat(id.eq(null).toString()).isEqualTo("user_account.id IS NULL");
        assertThat(id.ne(null).toString()).isEqualTo("user_account.id IS NOT NULL");
        assertThat(id.isNull().toString()).isEqualTo("user_account.id IS NULL");
        assertThat(id.isNotNull().toString()).isEqualTo("user_account.id IS NOT NULL");
        assertThat(id.eq(user.c("name")).toString()).isEqualTo("user_account.id = user_account.name");
    }

    @Test
    void negationsUseTheOppositeOperator() {
        assertThat(not(id.eq(5)).toString()).isEqualTo("user_account.id != :id_1");
        assertThat(not(id.lt(5)).toString()).isEqualTo("user_account.id >= :id_1");
        assertThat(not(name.like("a%")).toString()).isEqualTo("user_account.name NOT LIKE :name_1");
        assertThat(not(id.in(1, 2)).toString()).isEqualTo("(user_account.id NOT IN (__[POSTCOMPILE_id_1]))");
        assertThat(not(id.isNull()).toString()).isEqualTo("user_account.id IS NOT NULL");
        assertThat(not(id.between(1, 2)).toString()).isEqualTo("user_account.id NOT BETWEEN :id_1 AND :id_2");
        assertThat(not(and(id.eq(1), name.eq("x"))).toString())
                .isEqualTo("NOT (user_account.id = :id_1 AND user_account.name = :name_1)");
        assertThat(not(not(id.gt(1).or(id.lt(0)))).toString()).isEqualTo("user_account.id > :id_1 OR user_account.id < :id_2");
        assertThat(not(id.plus(1)).toString()).isEqualTo("NOT (user_account.id + :id_1)");
    }

    @Test
    void inListsAreExpandingParameters() {
        assertThat(id.in(List.of(1, 2, 3)).toString()).isEqualTo("user_account.id IN (__[POSTCOMPILE_id_1])");
        assertThat(id.notIn(1, 2).toString()).isEqualTo("(user_account.id NOT IN (__[POSTCOMPILE_id_1]))");
        assertThat(id.in(user.c("name"), 5).toString()).isEqualTo("user_account.id IN (user_account.name, :id_1)");
        assertThat(id.in(bindparam("ids")).toString()).isEqualTo("user_account.id IN (__[POSTCOMPILE_ids])");
        assertThat(id.in(select(id).where(name.eq("x"))).toString())
                .isEqualTo("user_account.id IN (SELECT user_account.id \nFROM user_account \nWHERE user_account.name = :name_1)");
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
        assertThat(bound.sql()).isEqualTo("SELECT CASE WHEN user_account.id IN (NULL) AND (1 != 1) THEN ? WHEN "
                + "(user_account.id NOT IN (NULL) OR (1 = 1)) THEN ? END AS anon_1 \nFROM user_account");
    }

    @Test
    void likeFamily() {
        assertThat(name.like("a%").toString()).isEqualTo("user_account.name LIKE :name_1");
        assertThat(name.like("a/%", '/').toString()).isEqualTo("user_account.name LIKE :name_1 ESCAPE '/'");
        assertThat(name.notLike("a%").toString()).isEqualTo("user_account.name NOT LIKE :name_1");
        assertThat(name.ilike("a%").toString()).isEqualTo("lower(user_account.name) LIKE lower(:name_1)");
        assertThat(sql(name.ilike("a%"), POSTGRESQL)).isEqualTo("user_account.name ILIKE ?");
        assertThat(sql(name.notIlike("a%"), POSTGRESQL)).isEqualTo("user_account.name NOT ILIKE ?");
        assertThat(name.startswith("sp").toString()).isEqualTo("user_account.name LIKE :name_1 || '%'");
        assertThat(name.endswith("ob").toString()).isEqualTo("user_account.name LIKE '%' || :name_1");
        assertThat(name.contains("on").toString()).isEqualTo("user_account.name LIKE '%' || :name_1 || '%'");
        assertThat(not(name.contains("on")).toString()).isEqualTo("user_account.name NOT LIKE '%' || :name_1 || '%'");
        assertThat(sql(name.startswith("sp"), MYSQL)).isEqualTo("user_account.name LIKE concat(?, '%')");
        assertThat(sql(name.contains("on"), MYSQL)).isEqualTo("user_account.name LIKE concat(concat('%', ?), '%')");
    }

    @Test
    void autoescapeEscapesWildcardsInTheValue() {
        Compiled compiled = select(id).where(name.startswith("50%_off/", true)).compile(SQLITE);
        assertThat(compiled.sql()).endsWith("WHERE user_account.name LIKE ? || '%' ESCAPE '/'");
        assertThat(compiled.binds().get(0).value()).isEqualTo("50/%/_off//");
    }

    @Test
    void betweenArithmeticAndConcatenation() {
        assertThat(id.between(1, 10).toString()).isEqualTo("user_account.id BETWEEN :id_1 AND :id_2");
        assertThat(id.plus(1).times(2).toString()).isEqualTo("(user_account.id + :id_1) * :param_1");
        assertThat(id.times(2).plus(1).toString()).isEqualTo("user_account.id * :id_1 + :param_1");
        assertThat(id.plus(1).plus(2).toString()).isEqualTo("user_account.id + :id_1 + :param_1");
        assertThat(id.minus(id.minus(1)).toString()).isEqualTo("user_account.id - (user_account.id - :id_1)");
        assertThat(id.div(2).mod(3).toString()).isEqualTo("(user_account.id / :id_1) % :param_1");
        assertThat(id.neg().toString()).isEqualTo("-user_account.id");
        assertThat(name.concat("x").concat("y").toString()).isEqualTo("user_account.name || :name_1 || :param_1");
        assertThat(sql(name.concat("x"), MYSQL)).isEqualTo("concat(user_account.name, ?)");
        assertThat(id.plus(1).eq(5).toString()).isEqualTo("user_account.id + :id_1 = :param_1");
    }

    @Test
    void andOrParenthesesOnlyWherePrecedenceNeedsThem() {
        assertThat(and(id.eq(1), or(name.eq("a"), name.eq("b"))).toString())
                .isEqualTo("user_account.id = :id_1 AND (user_account.name = :name_1 OR user_account.name = :name_2)");
        assertThat(or(id.eq(1), and(name.eq("a"), name.eq("b"))).toString())
                .isEqualTo("user_account.id = :id_1 OR user_account.name = :name_1 AND user_account.name = :name_2");
        assertThat(and(and(id.eq(1), id.eq(2)), id.eq(3)).toString())
                .isEqualTo("user_account.id = :id_1 AND user_account.id = :id_2 AND user_account.id = :id_3");
        assertThat(id.eq(1).and(id.eq(2)).or(id.eq(3)).toString())
                .isEqualTo("user_account.id = :id_1 AND user_account.id = :id_2 OR user_account.id = :id_3");
    }

    @Test
    void distinctFromPerDialect() {
        assertThat(id.isDistinctFrom(5).toString()).isEqualTo("user_account.id IS DISTINCT FROM :id_1");
        assertThat(id.isNotDistinctFrom(5).toString()).isEqualTo("user_account.id IS NOT DISTINCT FROM :id_1");
        assertThat(sql(id.isDistinctFrom(5), SQLITE)).isEqualTo("user_account.id IS NOT ?");
        assertThat(sql(id.isNotDistinctFrom(5), SQLITE)).isEqualTo("user_account.id IS ?");
        assertThat(sql(id.isDistinctFrom(5), MYSQL)).isEqualTo("NOT (user_account.id <=> ?)");
        assertThat(sql(id.isNotDistinctFrom(5), MYSQL)).isEqualTo("user_account.id <=> ?");
        assertThat(sql(id.isDistinctFrom(5), H2)).isEqualTo("user_account.id IS DISTINCT FROM ?");
    }

    @Test
    void modifiersLabelsAndFunctions() {
        assertThat(id.desc().toString()).isEqualTo("user_account.id DESC");
        assertThat(nullsFirst(id.desc()).toString()).isEqualTo("user_account.id DESC NULLS FIRST");
        assertThat(id.asc().nullsLast().toString()).isEqualTo("user_account.id ASC NULLS LAST");
        assertThat(func.count(distinct(name)).toString()).isEqualTo("count(DISTINCT user_account.name)");
        assertThat(func.coalesce(name, "x").toString()).isEqualTo("coalesce(user_account.name, :coalesce_1)");
        assertThat(func.currentTimestamp().toString()).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(func.now().toString()).isEqualTo("now()");
        assertThat(sql(func.now(), SQLITE)).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(sql(func.now(), H2)).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(sql(func.now(), POSTGRESQL)).isEqualTo("now()");
        assertThat(id.op("&", 4).toString()).isEqualTo("user_account.id & :id_1");
        assertThat(select(name.label("n")).toString()).isEqualTo("SELECT user_account.name AS n \nFROM user_account");
    }

    @Test
    void castPerDialect() {
        assertThat(cast(id, Types.STRING).toString()).isEqualTo("CAST(user_account.id AS VARCHAR)");
        assertThat(sql(cast(id, Types.string(10)), MYSQL)).isEqualTo("CAST(user_account.id AS CHAR(10))");
        assertThat(sql(cast(name, Types.INTEGER), MYSQL)).isEqualTo("CAST(user_account.name AS SIGNED INTEGER)");
        assertThat(sql(cast(name, Types.INTEGER), POSTGRESQL)).isEqualTo("CAST(user_account.name AS INTEGER)");
        assertThat(cast("5", Types.INTEGER).toString()).isEqualTo("CAST(:param_1 AS INTEGER)");
        assertThat(typeCoerce(name, Types.INTEGER).toString()).isEqualTo("user_account.name");
        assertThat(typeCoerce(name, Types.INTEGER).type()).isEqualTo(Types.INTEGER);
    }

    @Test
    void literalsBindparamsAndConstants() {
        assertThat(literal("x").toString()).isEqualTo(":param_1");
        assertThat(literal("x").concat(name).toString()).isEqualTo(":name_1 || user_account.name");
        assertThat(literalColumn("'some phrase'").toString()).isEqualTo("'some phrase'");
        assertThat(name.eq(bindparam("username")).toString()).isEqualTo("user_account.name = :username");
        assertThat(id.eq(true_()).toString()).isEqualTo("user_account.id = true");
        assertThat(sql(id.eq(true_()), SQLITE)).isEqualTo("user_account.id = 1");
        assertThat(sql(id.eq(false_()), MYSQL)).isEqualTo("user_account.id = 0");
        assertThat(sql(id.eq(true_()), POSTGRESQL)).isEqualTo("user_account.id = true");
        assertThat(id.eq(null_()).toString()).isEqualTo("user_account.id = NULL");
    }

    @Test
    void caseAndTuples() {
        assertThat(caseWhen(id.eq(1), "one").when(id.eq(2), "two").otherwise("many").toString())
                .isEqualTo("CASE WHEN user_account.id = :id_1 THEN :param_1 WHEN user_account.id = :id_2 THEN :param_2 "
                        + "ELSE :param_3 END");
        assertThat(caseOf(name).when("a", 1).toString()).isEqualTo("CASE user_account.name WHEN :name_1 THEN :param_1 END");
        assertThat(tuple(id, name).eq(tuple(1, "x")).toString())
                .isEqualTo("(user_account.id, user_account.name) = (:param_1, :param_2)");
    }

    @Test
    void windowFrames() {
        assertThat(func.sum(id).over(orderBy(id).rows(null, 0)).toString())
                .isEqualTo("sum(user_account.id) OVER (ORDER BY user_account.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)");
        assertThat(func.sum(id).over(partitionBy(name).orderBy(id).range(-2, 3)).toString())
                .isEqualTo("sum(user_account.id) OVER (PARTITION BY user_account.name ORDER BY user_account.id "
                        + "RANGE BETWEEN 2 PRECEDING AND 3 FOLLOWING)");
        assertThat(func.rank().over().toString()).isEqualTo("rank() OVER ()");
    }
}
