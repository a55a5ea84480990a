package io.alchemy.dialect;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.uniqueConstraint;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.dialect.h2.H2Dialect;
import io.alchemy.dialect.h2.H2Dml;
import io.alchemy.dialect.h2.H2Insert;
import io.alchemy.dialect.mysql.MariaDBDialect;
import io.alchemy.dialect.mysql.MySQLDialect;
import io.alchemy.dialect.mysql.MySQLDml;
import io.alchemy.dialect.mysql.MySQLInsert;
import io.alchemy.dialect.postgresql.PostgreSQLDialect;
import io.alchemy.dialect.postgresql.PostgreSQLDml;
import io.alchemy.dialect.postgresql.PostgreSQLInsert;
import io.alchemy.dialect.sqlite.SQLiteDialect;
import io.alchemy.dialect.sqlite.SQLiteDml;
import io.alchemy.dialect.sqlite.SQLiteInsert;
import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.CompileError;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.BindSlot;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.ConflictTarget;
import io.alchemy.types.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dialects' upserts compiled without a database: each dialect's SQL, and the error on the others. */
class UpsertCompileTest {
    private final Table user = new MetaData().table("user_account",
            column("id", Types.INTEGER).primaryKey(), column("name", Types.string(30)), column("fullname", Types.STRING),
            uniqueConstraint("name").name("uq_user_name"));
    private final Map<String, Object> sandy = Map.of("name", "sandy", "fullname", "Sandy Cheeks");

    @Test
    void postgresqlOnConflictDoUpdateWithExcluded() {
        PostgreSQLInsert stmt = PostgreSQLDml.insert(user).values(sandy);
        PostgreSQLInsert upsert = stmt.onConflictDoUpdate(ConflictTarget.indexElements("name"),
                Map.of("fullname", stmt.excluded().c("fullname")));
        assertCompile(upsert, "INSERT INTO user_account (name, fullname) "
                + "VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET fullname = excluded.fullname",
                new PostgreSQLDialect());
        assertCompile(upsert, "INSERT INTO user_account (name, fullname) VALUES (:name, :fullname) "
                + "ON CONFLICT (name) DO UPDATE SET fullname = excluded.fullname");
    }

    @Test
    void postgresqlPlainValuesInSetAreAnonymousParametersAndWhereIsQualified() {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("fullname", "Sandy C.");
        set.put("name", user.c("name").concat("_2"));
        PostgreSQLInsert upsert = PostgreSQLDml.insert(user).values(sandy).onConflictDoUpdate(
                ConflictTarget.indexElements(user.c("name")), set, user.c("fullname").ne("keep"));
        Compiled compiled = assertCompile(upsert,
                "INSERT INTO user_account (name, fullname) VALUES (?, ?) ON CONFLICT (name) "
                + "DO UPDATE SET fullname = ?, name = (user_account.name || ?) WHERE user_account.fullname != ?",
                new PostgreSQLDialect());
        assertThat(compiled.binds()).extracting(BindSlot::name)
                .containsExactly("name", "fullname", "param_1", "name_1", "fullname_1");
        assertThat(upsert.boundValues(compiled)).containsEntry("param_1", "Sandy C.").containsEntry("name_1", "_2")
                .containsEntry("fullname_1", "keep");
    }

    @Test
    void postgresqlConstraintTargetAndPartialIndex() {
        PostgreSQLInsert stmt = PostgreSQLDml.insert(user).values(sandy);
        assertThat(stmt.onConflictDoNothing(ConflictTarget.constraint("uq_user_name"))
                .compile(new PostgreSQLDialect()).sql())
                .endsWith("VALUES (?, ?) ON CONFLICT ON CONSTRAINT uq_user_name DO NOTHING");
        assertThat(stmt.onConflictDoNothing(ConflictTarget.indexElements("name").where(user.c("fullname").isNotNull()))
                .compile(new PostgreSQLDialect()).sql())
                .endsWith("VALUES (?, ?) ON CONFLICT (name) WHERE fullname IS NOT NULL DO NOTHING");
        assertThat(stmt.onConflictDoNothing().compile(new PostgreSQLDialect()).sql())
                .endsWith("VALUES (?, ?) ON CONFLICT DO NOTHING");
    }

    @Test
    void postgresqlReturningComesAfterTheConflictClause() {
        PostgreSQLInsert stmt = PostgreSQLDml.insert(user).values(sandy).onConflictDoNothing().returning(user.c("id"));
        assertCompile(stmt, "INSERT INTO user_account (name, fullname) VALUES (?, ?) "
                + "ON CONFLICT DO NOTHING RETURNING user_account.id", new PostgreSQLDialect());
    }

    @Test
    void sqliteMultiRowUpsertAsTheReferenceShowsIt() {
        List<Map<String, String>> rows = List.of(Map.of("name", "spongebob", "fullname", "Spongebob Squarepants"),
                Map.of("name", "sandy", "fullname", "Sandy Cheeks"), Map.of("name", "patrick", "fullname", "Patrick Star"),
                Map.of("name", "squidward", "fullname", "Squidward Tentacles"),
                Map.of("name", "ehkrabs", "fullname", "Eugene H. Krabs"));
        SQLiteInsert stmt = SQLiteDml.insert(user).values(rows);
        SQLiteInsert upsert = stmt.onConflictDoUpdate(ConflictTarget.indexElements(user.c("name")),
                Map.of("fullname", stmt.excluded().c("fullname")));
        assertCompile(upsert, "INSERT INTO user_account (name, fullname) VALUES (?, ?), "
                + "(?, ?), (?, ?), (?, ?), (?, ?) ON CONFLICT (name) DO UPDATE SET fullname = excluded.fullname",
                new SQLiteDialect());
        assertThat(upsert.returning(user).compile(new SQLiteDialect()).sql())
                .endsWith(" ON CONFLICT (name) DO UPDATE SET fullname = excluded.fullname RETURNING id, name, fullname");
    }

    @Test
    void sqliteHasNoConstraintTarget() {
        SQLiteInsert stmt = SQLiteDml.insert(user).values(sandy).onConflictDoNothing(ConflictTarget.constraint("uq_user_name"));
        assertThatThrownBy(() -> stmt.compile(new SQLiteDialect())).isInstanceOf(CompileError.class)
                .hasMessage("INSERT … ON CONFLICT ON CONSTRAINT is not supported by the sqlite dialect");
    }

    @Test
    void mysqlAndMariadbOnDuplicateKeyUpdateWithInsertedValues() {
        MySQLInsert stmt = MySQLDml.insert(user).values(sandy);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("fullname", stmt.inserted().c("fullname"));
        set.put("name", user.c("name").concat("!"));
        MySQLInsert upsert = stmt.onDuplicateKeyUpdate(set);
        String expected = "INSERT INTO user_account (name, fullname) VALUES (?, ?) ON DUPLICATE KEY UPDATE "
                + "fullname = VALUES(fullname), name = (concat(name, ?))";
        assertCompile(upsert, expected, new MySQLDialect());
        assertCompile(upsert, expected, new MariaDBDialect());
        assertCompile(upsert.returning(user.c("id")), expected + " RETURNING id", new MariaDBDialect());
    }

    @Test
    void h2MergeWithKey() {
        assertCompile(H2Dml.merge(user).key("name").values(sandy),
                "MERGE INTO user_account (name, fullname) KEY (name) VALUES (?, ?)", new H2Dialect());
        assertCompile(H2Dml.merge(user).values(Map.of("id", 1, "name", "x")),
                "MERGE INTO user_account (id, name) VALUES (?, ?)", new H2Dialect());
        assertCompile(H2Dml.merge(user).key(user.c("name")).values(sandy).returning(user.c("id")),
                "SELECT id FROM FINAL TABLE (MERGE INTO user_account (name, fullname) KEY (name) VALUES (?, ?))",
                new H2Dialect());
    }

    @Test
    void h2OnConflictIsAStandardMerge() {
        H2Dialect h2 = new H2Dialect();
        H2Insert stmt = H2Dml.insert(user).values(sandy);
        assertCompile(stmt.onConflictDoUpdate(ConflictTarget.indexElements("name"),
                Map.of("fullname", stmt.excluded().c("fullname")), user.c("fullname").ne("keep")),
                "MERGE INTO user_account USING (VALUES (?, ?)) AS excluded (name, fullname) "
                        + "ON user_account.name = excluded.name WHEN MATCHED AND user_account.fullname != ? "
                        + "THEN UPDATE SET fullname = excluded.fullname "
                        + "WHEN NOT MATCHED THEN INSERT (name, fullname) VALUES (excluded.name, excluded.fullname)",
                        h2);
        assertCompile(stmt.onConflictDoNothing(ConflictTarget.constraint("uq_user_name")),
                "MERGE INTO user_account USING (VALUES (?, ?)) AS excluded (name, fullname) "
                        + "ON user_account.name = excluded.name "
                        + "WHEN NOT MATCHED THEN INSERT (name, fullname) VALUES (excluded.name, excluded.fullname)",
                        h2);
        assertThat(H2Dml.insert(user).values(Map.of("id", 5, "name", "x")).onConflictDoNothing().compile(h2).sql())
                .contains(" ON user_account.id = excluded.id OR user_account.name = excluded.name WHEN NOT MATCHED");
    }

    @Test
    void h2MergeEmulationRejectsWhatItCannotExpress() {
        H2Insert stmt = H2Dml.insert(user).values(Map.of("fullname", "x"));
        assertThatThrownBy(() -> stmt.onConflictDoNothing().compile(new H2Dialect())).isInstanceOf(CompileError.class)
                .hasMessageContaining("needs a primary key or unique key of 'user_account' among the inserted columns");
        assertThatThrownBy(() -> stmt.onConflictDoNothing(ConflictTarget.constraint("nope")).compile(new H2Dialect()))
                .isInstanceOf(CompileError.class).hasMessageContaining("declares no unique constraint of that name");
        assertThatThrownBy(() -> stmt.onConflictDoNothing(ConflictTarget.indexElements("name")
                .where(user.c("name").isNotNull())).compile(new H2Dialect()))
                .isInstanceOf(CompileError.class).hasMessageContaining("partial-index predicate");
    }

    @Test
    void h2ReturningSelectsFromTheDeltaTable() {
        H2Dialect h2 = new H2Dialect();
        assertCompile(io.alchemy.Alchemy.insert(user).values(sandy).returning(user.c("id"), user.c("name")),
                "SELECT id, name FROM FINAL TABLE (INSERT INTO user_account (name, fullname) VALUES (?, ?))", h2);
        assertCompile(io.alchemy.Alchemy.update(user).values(Map.of("fullname", "x")).where(user.c("id").eq(1))
                .returning(user.c("id")), "SELECT id FROM FINAL TABLE (UPDATE user_account SET fullname=? "
                        + "WHERE user_account.id = ?)", h2);
        assertCompile(io.alchemy.Alchemy.delete(user).where(user.c("id").eq(1)).returning(user.c("name")),
                "SELECT name FROM OLD TABLE (DELETE FROM user_account WHERE user_account.id = ?)", h2);
    }

    @Test
    void eachUpsertOnAnotherDialectNamesTheDialectAndTheConstruct() {
        PostgreSQLInsert onConflict = PostgreSQLDml.insert(user).values(sandy).onConflictDoNothing();
        assertThatThrownBy(() -> onConflict.compile(new MySQLDialect())).isInstanceOf(CompileError.class)
                .hasMessage("INSERT … ON CONFLICT is not supported by the mysql dialect");
        assertThatThrownBy(() -> onConflict.compile(new MariaDBDialect())).isInstanceOf(CompileError.class)
                .hasMessage("INSERT … ON CONFLICT is not supported by the mariadb dialect");
        MySQLInsert onDuplicate = MySQLDml.insert(user).values(sandy).onDuplicateKeyUpdate(Map.of("fullname", "x"));
        assertThatThrownBy(() -> onDuplicate.compile(new PostgreSQLDialect())).isInstanceOf(CompileError.class)
                .hasMessage("INSERT … ON DUPLICATE KEY UPDATE is not supported by the postgresql dialect");
        assertThatThrownBy(() -> H2Dml.merge(user).values(sandy).compile(new SQLiteDialect()))
                .isInstanceOf(CompileError.class).hasMessage("MERGE INTO … KEY is not supported by the sqlite dialect");
    }

    @Test
    void withoutAClauseTheDialectInsertIsAPlainInsert() {
        assertCompile(PostgreSQLDml.insert(user).values(sandy),
                "INSERT INTO user_account (name, fullname) VALUES (?, ?)", new H2Dialect());
        assertCompile(MySQLDml.insert(user).values(sandy),
                "INSERT INTO user_account (name, fullname) VALUES (?, ?)", new SQLiteDialect());
    }

    @Test
    void badUpsertArguments() {
        PostgreSQLInsert stmt = PostgreSQLDml.insert(user).values(sandy);
        assertThatThrownBy(() -> stmt.onConflictDoUpdate(ConflictTarget.ANY, Map.of("fullname", "x")))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("needs a conflict target");
        assertThatThrownBy(() -> stmt.onConflictDoUpdate(ConflictTarget.indexElements("name"), Map.of("nope", "x")))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("has no column 'nope'");
        assertThatThrownBy(() -> stmt.onConflictDoUpdate(ConflictTarget.indexElements("name"), Map.of()))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("at least one column");
        assertThatThrownBy(() -> stmt.onConflictDoNothing(ConflictTarget.indexElements("missing")))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("has no column 'missing'");
        assertThatThrownBy(() -> ConflictTarget.indexElements()).isInstanceOf(ArgumentError.class);
        assertThatThrownBy(() -> ConflictTarget.constraint(" ")).isInstanceOf(ArgumentError.class);
        assertThatThrownBy(() -> H2Dml.merge(user).key("nope")).isInstanceOf(ArgumentError.class);
    }

    @Test
    void equalShapesShareACacheKeyWithoutTheirValues() {
        PostgreSQLInsert a = PostgreSQLDml.insert(user).values(sandy);
        PostgreSQLInsert b = PostgreSQLDml.insert(user).values(Map.of("name", "x", "fullname", "y"));
        Object keyA = a.onConflictDoUpdate(ConflictTarget.indexElements("name"), Map.of("fullname", "1")).cacheKey();
        Object keyB = b.onConflictDoUpdate(ConflictTarget.indexElements("name"), Map.of("fullname", "2")).cacheKey();
        assertThat(keyA).isEqualTo(keyB);
        assertThat(a.onConflictDoNothing().cacheKey()).isNotEqualTo(keyA);
        assertThat(keyA.toString()).doesNotContain("sandy");
    }
}
