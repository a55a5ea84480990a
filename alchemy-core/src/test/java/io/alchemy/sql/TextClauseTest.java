package io.alchemy.sql;

import static io.alchemy.Alchemy.text;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextClauseTest {
    private static final SqlType<Integer> INT = new SqlType<>() {
        @Override
        public Class<Integer> javaType() {
            return Integer.class;
        }
    };

    @Test
    void namedBindsBecomeQuestionMarksInOrderOfAppearance() {
        Compiled compiled = assertCompile(text("UPDATE some_table SET y=:y WHERE x=:x OR y=:y"),
                "UPDATE some_table SET y=? WHERE x=? OR y=?", SQLITE);
        assertThat(compiled.binds()).extracting(BindSlot::name).containsExactly("y", "x", "y");
        assertThat(compiled.kind()).isEqualTo(StatementKind.UPDATE);
        assertThat(text("select :a, :b, :a").bindNames()).containsExactly("a", "b");
    }

    @Test
    void literalsCastsWordColonsAndEscapesAreNotBinds() {
        assertCompile(text("SELECT ':not', \"col:umn\", x::int, '12:30', 'it''s :no' FROM t WHERE a = :a"),
                "SELECT ':not', \"col:umn\", x::int, '12:30', 'it''s :no' FROM t WHERE a = ?", SQLITE);
        assertCompile(text("SELECT arr[1:2], \\:literal, :b"), "SELECT arr[1:2], :literal, ?", SQLITE);
        assertThat(text("SELECT 1 WHERE x = : y").compile(SQLITE).binds()).isEmpty();
    }

    @Test
    void textIsSentAsWrittenAndPrintsAsWritten() {
        TextClause clause = text("select 'hello world'");
        assertCompile(clause, "select 'hello world'", SQLITE);
        assertCompile(clause, "select 'hello world'");
        assertThat(clause.compile(SQLITE).kind()).isEqualTo(StatementKind.SELECT);
        assertThat(text("CREATE TABLE t (x int)").compile(SQLITE).kind()).isEqualTo(StatementKind.DDL);
    }

    @Test
    void bindparamsGiveTypesAndValuesWithoutChangingTheCacheKeyForValues() {
        TextClause base = text("SELECT * FROM t WHERE id = :id AND name = :name");
        TextClause typed = base.bindparam("id", INT);
        assertThat(typed.compile(SQLITE).binds().get(0).type()).isSameAs(INT);
        TextClause valued = typed.bindparams(Map.of("name", "sandy"));
        assertThat(valued.compile(SQLITE).binds().get(1)).isEqualTo(BindSlot.withValue("name", null, "sandy"));
        assertThat(valued.boundValues()).containsExactly(Map.entry("name", "sandy"));
        assertThat(valued.cacheKey()).isEqualTo(typed.bindparams(Map.of("name", "patrick")).cacheKey())
                .isNotEqualTo(typed.cacheKey());
        assertThat(base.cacheKey()).isEqualTo(text("SELECT * FROM t WHERE id = :id AND name = :name").cacheKey())
                .isNotEqualTo(typed.cacheKey());
        assertThat(base.boundValues()).isEmpty();
        assertThat(base.bindparam("id", INT, 5).compile(SQLITE).binds().get(0)).isEqualTo(BindSlot.withValue("id",
                INT, 5));
    }

    @Test
    void unknownBindNamesAreRejected() {
        assertThatThrownBy(() -> text("SELECT :x").bindparam("y", INT)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("'y'").hasMessageContaining("[x]");
        assertThatThrownBy(() -> text("SELECT :x").bindparams(Map.of("z", 1))).isInstanceOf(ArgumentError.class);
    }

    @Test
    void columnsDeclareTypedResultColumns() {
        TextClause clause = text("SELECT id, name FROM users").columns(new ColumnClause<>("id", INT), new ColumnClause<>("name", null));
        assertThat(clause.compile(SQLITE).resultColumns()).containsExactly(new ResultColumn("id",
                INT), new ResultColumn("name", null));
        assertThat(clause.cacheKey()).isNotEqualTo(text("SELECT id, name FROM users").cacheKey());
    }
}
