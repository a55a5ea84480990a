package io.alchemy.sql;

import static io.alchemy.Alchemy.select;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.Dialects;
import org.junit.jupiter.api.Test;

/** {@code Select.withoutLimitOffset()} (SQLAlchemy's {@code limit(None).offset(None)}) and the NULL-ordering capability. */
class WithoutLimitOffsetTest {

    @Test
    void limitAndOffsetAreRemovedAndEverythingElseKept() {
        io.alchemy.schema.Table user = new Tutorial().user;
        Select<Object> page = select(user.c("id")).where(user.c("id").gt(1)).orderBy(user.c("id")).limit(5).offset(10);
        Select<Object> all = page.withoutLimitOffset();
        assertThat(all.limitClause()).isNull();
        assertThat(all.offsetClause()).isNull();
        assertThat(page.limitClause()).isNotNull();
        assertCompile(all, "SELECT user_account.id FROM user_account WHERE user_account.id > :id_1 "
                + "ORDER BY user_account.id");
    }

    @Test
    void onlyPostgresqlSortsNullsAboveEveryValue() {
        assertThat(Dialects.byName("postgresql").sortsNullsHigh()).isTrue();
        for (String name : new String[] {"h2", "sqlite", "mariadb"}) {
            assertThat(Dialects.byName(name).sortsNullsHigh()).as(name).isFalse();
        }
    }
}
