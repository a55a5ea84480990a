package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cache keys capture a statement's structure, never its values; a cached compiled form binds any equal-keyed statement. */
class CacheKeyTest {
    private final TableClause user = TestTables.userTable();
    private final TableClause address = TestTables.addressTable();

    private Select byName(String name) {
        return select(user).where(user.c("name").eq(name)).limit(10);
    }

    @Test
    void sameShapeDifferentValuesGivesEqualKeysWithoutTheValues() {
        Object sandy = byName("sandy").cacheKey();
        Object patrick = byName("patrick").cacheKey();
        assertThat(sandy).isEqualTo(patrick).hasSameHashCodeAs(patrick);
        assertThat(sandy.toString()).doesNotContain("sandy");
    }

    @Test
    void differentShapesGiveDifferentKeys() {
        assertThat(byName("x").cacheKey()).isNotEqualTo(select(user).where(user.c("name").ne("x")).limit(10).cacheKey());
        assertThat(byName("x").cacheKey()).isNotEqualTo(select(user).where(user.c("fullname").eq("x")).limit(10).cacheKey());
        assertThat(byName("x").cacheKey()).isNotEqualTo(select(user).where(user.c("name").eq("x")).cacheKey());
        assertThat(select(user.c("id")).where(user.c("id").in(1, 2)).cacheKey())
                .isEqualTo(select(user.c("id")).where(user.c("id").in(1, 2, 3, 4)).cacheKey());
        assertThat(select(literalColumn("1")).cacheKey()).isNotEqualTo(select(literalColumn("2")).cacheKey());
        TableClause otherUser = TestTables.userTable();                  // same names, another table: not the same
        assertThat(select(otherUser).where(otherUser.c("name").eq("x")).limit(10).cacheKey())
                .isNotEqualTo(byName("x").cacheKey());
    }

    @Test
    void freshAliasesAndSubqueriesOfTheSameShapeGiveEqualKeys() {
        Alias a1 = user.alias();
        Alias a2 = user.alias();
        Alias b1 = user.alias();
        Alias b2 = user.alias();
        Select<?> first = select(a1.c("name"), a2.c("name")).joinFrom(a1, a2, a1.c("id").gt(a2.c("id")));
        Select<?> same = select(b1.c("name"), b2.c("name")).joinFrom(b1, b2, b1.c("id").gt(b2.c("id")));
        Select<?> swapped = select(b2.c("name"), b1.c("name")).joinFrom(b1, b2, b1.c("id").gt(b2.c("id")));
        assertThat(first.cacheKey()).isEqualTo(same.cacheKey());
        assertThat(first.cacheKey()).isNotEqualTo(swapped.cacheKey());
    }

    @Test
    void aCompiledFormBindsTheValuesOfAnyEqualKeyedStatement() {
        Compiled compiled = byName("sandy").compile(SQLITE);
        BoundStatement bound = byName("patrick").bind(compiled, Map.of());
        assertThat(bound.values()).containsExactly("patrick", 10);
        assertThat(byName("patrick").boundValues(compiled)).containsEntry("name_1", "patrick").containsEntry("param_1", 10);
        assertThat(byName("patrick").boundValues()).containsEntry("name_1", "patrick");
    }

    @Test
    void executionParametersOverrideStatementValuesByName() {
        Compiled compiled = byName("sandy").compile(SQLITE);
        assertThat(byName("x").bind(compiled, Map.of("name_1", "override")).values()).containsExactly("override", 10);
    }

    @Test
    void insertValuesAreExtractedToo() {
        Insert a = insert(user).values(Map.of("name", "a", "fullname", "A"));
        Insert b = insert(user).values(Map.of("name", "b", "fullname", "B"));
        assertThat(a.cacheKey()).isEqualTo(b.cacheKey());
        assertThat(b.bind(a.compile(SQLITE), Map.of()).values()).containsExactly("b", "B");
    }

    @Test
    void keysAreStableAcrossEqualStatementsBuiltSeparately() {
        Select<?> one = select(user.c("name"), func.count(address.c("id"))).where(user.c("id").eq(address.c("user_id")))
                .groupBy(user.c("name")).having(func.count(address.c("id")).gt(1)).orderBy(desc("name"));
        Select<?> two = select(user.c("name"), func.count(address.c("id"))).where(user.c("id").eq(address.c("user_id")))
                .groupBy(user.c("name")).having(func.count(address.c("id")).gt(5)).orderBy(desc("name"));
        assertThat(one.cacheKey()).isEqualTo(two.cacheKey());
        assertThat(List.of(one.compile(SQLITE).sql())).containsExactly(two.compile(SQLITE).sql());
    }
}
