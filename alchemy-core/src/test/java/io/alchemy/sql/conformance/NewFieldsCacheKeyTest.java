package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.TABLE1;
import static io.alchemy.sql.conformance.Fixtures.TABLE2;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Select;
import org.junit.jupiter.api.Test;

/**
 * The tree fields added for the joins-in-columns and withOnlyColumns fixes are part of the cache key: statements
 * with the same columns but a join in the columns clause, or joins memoized by {@code withOnlyColumns}, never share
 * a compiled form.
 */
class NewFieldsCacheKeyTest {
    private final ColumnElement<Boolean> on = TABLE1.c("myid").eq(TABLE2.c("otherid"));

    @Test
    void aJoinInTheColumnsClauseIsInTheKey() {
        Select<?> joined = select(TABLE1.join(TABLE2, on));
        Select<?> plain = select(TABLE1, TABLE2);
        assertThat(joined.cacheKey()).isNotEqualTo(plain.cacheKey());
        assertThat(plain.toString()).doesNotContain("JOIN");
        assertThat(joined.toString()).contains("JOIN");
    }

    @Test
    void joinsKeptAcrossWithOnlyColumnsAreInTheKey() {
        Select<?> memoized = select(TABLE1).join(TABLE2, on).withOnlyColumns(TABLE2.c("otherid"));
        Select<?> direct = select(TABLE2.c("otherid")).selectFrom(TABLE1).join(TABLE2, on);
        Select<?> none = select(TABLE2.c("otherid"));
        assertThat(memoized.cacheKey()).isNotEqualTo(direct.cacheKey()).isNotEqualTo(none.cacheKey());
        Select<?> otherColumns = select(TABLE1.c("myid")).join(TABLE2, on).withOnlyColumns(TABLE2.c("otherid"));
        assertThat(memoized.cacheKey()).isNotEqualTo(otherColumns.cacheKey());
    }
}
