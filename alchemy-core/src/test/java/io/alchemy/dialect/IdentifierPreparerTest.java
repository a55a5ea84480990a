package io.alchemy.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierPreparerTest {
    private final IdentifierPreparer sqlite = Dialects.byName("sqlite").identifierPreparer();
    private final IdentifierPreparer pg = Dialects.byName("postgresql").identifierPreparer();
    private final IdentifierPreparer h2 = Dialects.byName("h2").identifierPreparer();
    private final IdentifierPreparer mysql = Dialects.byName("mariadb").identifierPreparer();

    @Test
    void plainLowerCaseNamesStayBare() {
        for (IdentifierPreparer preparer : new IdentifierPreparer[] {sqlite, pg, h2, mysql}) {
            assertThat(preparer.quote("user_account")).isEqualTo("user_account");
            assertThat(preparer.quote("x1")).isEqualTo("x1");
        }
    }

    @Test
    void reservedWordsUpperCaseAndOddCharactersAreQuoted() {
        assertThat(sqlite.quote("order")).isEqualTo("\"order\"");
        assertThat(sqlite.quote("select")).isEqualTo("\"select\"");
        assertThat(pg.quote("user")).isEqualTo("\"user\"");
        assertThat(pg.quote("group")).isEqualTo("\"group\"");
        assertThat(pg.quote("Name")).isEqualTo("\"Name\"");
        assertThat(pg.quote("1st")).isEqualTo("\"1st\"");
        assertThat(pg.quote("first name")).isEqualTo("\"first name\"");
        assertThat(pg.quote("we\"ird")).isEqualTo("\"we\"\"ird\"");
        assertThat(h2.quote("value")).isEqualTo("\"value\"");
        assertThat(h2.quote("year")).isEqualTo("\"year\"");
        assertThat(mysql.quote("order")).isEqualTo("`order`");
        assertThat(mysql.quote("key")).isEqualTo("`key`");
        assertThat(mysql.quote("back`tick")).isEqualTo("`back``tick`");
    }

    @Test
    void dialectSpecificWordsOnlyWhereReserved() {
        assertThat(sqlite.quote("pragma")).isEqualTo("\"pragma\"");
        assertThat(pg.quote("pragma")).isEqualTo("pragma");
        assertThat(mysql.quote("interval")).isEqualTo("`interval`");
        assertThat(sqlite.quote("interval")).isEqualTo("interval");
    }

    @Test
    void tablesAreSchemaQualifiedAndLiteralsEscaped() {
        assertThat(pg.formatTable("other", "order")).isEqualTo("other.\"order\"");
        assertThat(pg.formatTable(null, "t")).isEqualTo("t");
        assertThat(pg.literal("it's")).isEqualTo("'it''s'");
        assertThat(mysql.literal("a\\b'c")).isEqualTo("'a\\\\b''c'");
    }
}
