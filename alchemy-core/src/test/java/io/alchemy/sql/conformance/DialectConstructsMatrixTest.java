package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.MatrixRows.query;
import static io.alchemy.sql.conformance.MatrixRows.queryWholeDecimals;
import static io.alchemy.sql.conformance.MatrixRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.exc.CompileError;
import io.alchemy.schema.Index;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The per-dialect constructs added while porting SQLAlchemy's {@code test/dialect/*}/test_compiler.py} cases,
 * executed on every database of the matrix: each returns the rows its SQL means there, and a database without the
 * construct refuses it at compile time. Fixture: {@code words} (1 apple, 2 Banana, 3 cherry).
 */
class DialectConstructsMatrixTest {
    private final MetaData metadata = new MetaData();
    private final Table words = metadata.table("words", column("id", Types.INTEGER).primaryKey(),
            column("word", Types.string(20)));

    private Engine load(TestDatabase db) {
        Engine engine = db.engine();
        if (db.name().equals("sqlite")) {
            engine.addListener(new SqliteRegexpFunction());
        }
        metadata.createAll(engine);
        engine.begin(conn -> conn.execute(insert(words), List.of(Map.of("id", 1, "word", "apple"),
                Map.of("id", 2, "word", "Banana"), Map.of("id", 3, "word", "cherry"))));
        return engine;
    }

    /**
     * SQLite's {@code x REGEXP p} calls the application's {@code regexp(p, x)}: registered here as an application
     * does (SQLAlchemy's pysqlite dialect registers Python's {@code re.search}).
     */
    private static final class SqliteRegexpFunction implements ConnectionEvents {
        @Override
        public void onConnect(java.sql.Connection jdbc) {
            try {
                org.sqlite.Function.create(jdbc.unwrap(org.sqlite.SQLiteConnection.class), "regexp",
                        new org.sqlite.Function() {
                            @Override
                            protected void xFunc() throws SQLException {
                                String value = value_text(1);
                                if (value == null) {
                                    result();
                                } else {
                                    result(Pattern.compile(value_text(0)).matcher(value).find() ? 1 : 0);
                                }
                            }
                        });
            } catch (SQLException e) {
                throw new IllegalStateException("Could not register SQLite's regexp function", e);
            }
        }
    }

    private List<List<Object>> ids(Engine engine, io.alchemy.sql.ColumnElement<Boolean> where) {
        return query(engine, select(words.c("id")).where(where).orderBy(words.c("id")));
    }

    @MatrixTest
    void regexpMatch(TestDatabase db) {
        Engine engine = load(db);
        assertThat(ids(engine, words.c("word").regexpMatch("an"))).containsExactly(row(2));
        assertThat(ids(engine, words.c("word").regexpMatch("^a").not())).containsExactly(row(2), row(3));
        assertThat(ids(engine, literal("cherry pie").regexpMatch(words.c("word")))).containsExactly(row(3));
    }

    @MatrixTest
    void regexpMatchWithFlags(TestDatabase db) {
        Engine engine = load(db);
        var caseInsensitive = words.c("word").regexpMatch("^b", "i");
        if (db.name().equals("sqlite")) {
            assertThatThrownBy(() -> ids(engine, caseInsensitive)).isInstanceOf(CompileError.class)
                    .hasMessageContaining("flags");
            return;
        }
        assertThat(ids(engine, caseInsensitive)).containsExactly(row(2));
        assertThat(ids(engine, words.c("word").regexpMatch("^B", "i").not())).containsExactly(row(1), row(3));
    }

    @MatrixTest
    void regexpReplace(TestDatabase db) {
        Engine engine = load(db);
        var replaced = select(words.c("word").regexpReplace("^c", "C")).where(words.c("id").eq(3));
        if (db.name().equals("sqlite")) {
            assertThatThrownBy(() -> query(engine, replaced)).isInstanceOf(CompileError.class)
                    .hasMessageContaining("regular expression replacements");
            return;
        }
        assertThat(query(engine, replaced)).containsExactly(row("Cherry"));
        assertThat(query(engine, select(words.c("word").regexpReplace("A", "o", "i"))
                .where(words.c("id").eq(2)))).containsExactly(row(db.name().equals("postgresql") ? "Bonana" : "Bonono"));
    }

    @MatrixTest
    void extractFields(TestDatabase db) {
        Engine engine = db.engine();
        MetaData meta = new MetaData();
        Table events = meta.table("events", column("id", Types.INTEGER).primaryKey(), column("happened", Types.DATE));
        meta.createAll(engine);
        engine.begin(conn -> conn.execute(insert(events).values(Map.of("id", 1,
                "happened", java.time.LocalDate.of(2024, 3, 15)))));
        assertThat(queryWholeDecimals(engine, select(extract("year", events.c("happened")),
                extract("month", events.c("happened")), extract("day", events.c("happened")))))
                .containsExactly(row(2024, 3, 15));
        assertThat(queryWholeDecimals(engine, select(events.c("id"))
                .where(extract("month", events.c("happened")).eq(3)))).containsExactly(row(1));
    }

    @MatrixTest
    void fullTextMatch(TestDatabase db) throws SQLException {
        Engine engine = db.engine();
        io.alchemy.sql.TableClause docs = new io.alchemy.sql.TableClause("docs", null,
                List.of(new io.alchemy.sql.ColumnClause<>("id", Types.INTEGER),
                        new io.alchemy.sql.ColumnClause<>("body", Types.string(200))));
        var stmt = select(docs.c("id")).where(docs.c("body").match("fox")).orderBy(docs.c("id"));
        switch (db.name()) {
            case "postgresql" -> db.run("CREATE TABLE docs (id INTEGER PRIMARY KEY, body VARCHAR(200))");
            case "mariadb" -> db.run("CREATE TABLE docs (id INTEGER PRIMARY KEY, body VARCHAR(200), FULLTEXT (body))");
            case "sqlite" -> db.run("CREATE VIRTUAL TABLE docs USING fts5(id, body)");
            default -> {
                assertThatThrownBy(() -> query(engine, stmt)).isInstanceOf(CompileError.class)
                        .hasMessageContaining("MATCH");
                return;
            }
        }
        engine.begin(conn -> conn.execute(insert(docs), List.of(Map.of("id", 1, "body", "the quick brown fox"),
                Map.of("id", 2, "body", "lazy dogs sleep"), Map.of("id", 3, "body", "a fox and a dog"))));
        assertThat(query(engine, stmt)).containsExactly(row(1), row(3));
        if (db.name().equals("mariadb")) {
            var names = io.alchemy.sql.Match.of(List.of(docs.c("body")), "lazy sleep").inNaturalLanguageMode();
            assertThat(query(engine, select(docs.c("id")).where(names))).containsExactly(row(2));
        }
        if (db.name().equals("postgresql")) {
            assertThat(query(engine, select(docs.c("id")).where(func.call("to_tsvector", docs.c("body"))
                    .match("dogs").regconfig("english")).orderBy(docs.c("id")))).containsExactly(row(2), row(3));
        }
    }

    @MatrixTest
    void fetchFirstWithExpressions(TestDatabase db) {
        Engine engine = load(db);
        var stmt = select(words.c("id")).orderBy(words.c("id")).offset(literalColumn("0").plus(literalColumn("1")))
                .fetch(literalColumn("1").plus(literalColumn("1")));
        if (!engine.dialect().supportsFetchFirst()) {
            assertThatThrownBy(() -> query(engine, stmt)).isInstanceOf(CompileError.class);
            return;
        }
        if (db.name().equals("mariadb")) {
            // MariaDB takes only numbers or parameters there: the expression is refused before it is sent
            assertThatThrownBy(() -> query(engine, stmt)).isInstanceOf(CompileError.class)
                    .hasMessageContaining("not an expression");
            assertThat(query(engine, select(words.c("id")).orderBy(words.c("id")).offset(literalColumn("1"))
                    .fetch(literalColumn("2")))).containsExactly(row(2), row(3));
            return;
        }
        assertThat(query(engine, stmt)).containsExactly(row(2), row(3));
        if (db.name().equals("postgresql")) {
            assertThatThrownBy(() -> query(engine, select(words.c("id")).fetch(1, true, false)))
                    .isInstanceOf(CompileError.class).hasMessageContaining("PERCENT");
        }
    }

    @MatrixTest
    void functionSpellings(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(func.call("substring", words.c("word"), 2, 3)).where(words.c("id").eq(3))))
                .containsExactly(row("her"));
        assertThat(query(engine, select(func.call("substring", words.c("word"), 3)).where(words.c("id").eq(3))))
                .containsExactly(row("erry"));
        assertThat(query(engine, select(func.call("localtimestamp"))).get(0).get(0)).isNotNull();
        if (db.name().equals("mariadb")) {
            assertThat(query(engine, select(func.call("sysdate"))).get(0).get(0)).isNotNull();
        }
    }

    /**
     * A unique partial index ({@code Index.where}) is created where the database has them (PostgreSQL, SQLite) and
     * constrains only its rows; elsewhere creating it is refused before anything is sent. PostgreSQL's and MySQL's own
     * index options are created on their databases and ignored by the others.
     */
    @MatrixTest
    void indexOptions(TestDatabase db) {
        Engine engine = db.engine();
        MetaData meta = new MetaData();
        Table probe = meta.table("accounts", column("id", Types.INTEGER).primaryKey(),
                column("name", Types.string(50)), column("active", Types.BOOLEAN), column("note", Types.string(200)));
        Index partial = index("uq_active_name", "name").unique().where(probe.c("active").eq(true));
        Index options = index("ix_note", "note", "id")
                .with(io.alchemy.dialect.postgresql.PostgreSQLIndexOptions.create().using("btree")
                        .operatorClass("note", "text_pattern_ops").with("fillfactor", 70))
                .with(io.alchemy.dialect.mysql.MySQLIndexOptions.create().length("note", 20).using("btree"));
        Index include = index("ix_id_incl", "id")
                .with(io.alchemy.dialect.postgresql.PostgreSQLIndexOptions.create().include("note")
                        .nullsNotDistinct(true))
                .unique();
        boolean partialIndexes = db.name().equals("postgresql") || db.name().equals("sqlite");
        List<io.alchemy.schema.TableElement> elements = new java.util.ArrayList<>(List.of(
                column("id", Types.INTEGER).primaryKey(), column("name", Types.string(50)),
                column("active", Types.BOOLEAN), column("note", Types.string(200)), options));
        if (partialIndexes) {
            elements.add(partial);
        }
        if (db.name().equals("postgresql")) {
            elements.add(include);
        }
        Table accounts = new MetaData().table("accounts", elements.toArray(new io.alchemy.schema.TableElement[0]));
        accounts.metadata().createAll(engine);
        if (!partialIndexes) {
            Table other = new MetaData().table("accounts2", column("id", Types.INTEGER).primaryKey(),
                    column("name", Types.string(50)), column("active", Types.BOOLEAN),
                    index("uq_active_name2", "name").unique().where(probe.c("active").eq(true)));
            assertThatThrownBy(() -> other.metadata().createAll(engine)).isInstanceOf(CompileError.class)
                    .hasMessageContaining("Partial indexes");
            return;
        }
        engine.begin(conn -> conn.execute(insert(accounts), List.of(
                Map.of("id", 1, "name", "x", "active", false, "note", "a"),
                Map.of("id", 2, "name", "y", "active", true, "note", "b"))));
        // an inactive duplicate is outside the partial index; an active one violates it
        engine.begin(conn -> conn.execute(insert(accounts).values(Map.of("id", 3, "name", "x", "active", false))));
        assertThatThrownBy(() -> engine.begin(conn -> conn.execute(insert(accounts)
                .values(Map.of("id", 4, "name", "y", "active", true)))))
                .isInstanceOf(io.alchemy.exc.IntegrityError.class);
    }

    /** A computed column is generated by every database: {@code y = x + 2}. */
    @MatrixTest
    void computedColumn(TestDatabase db) {
        Engine engine = db.engine();
        MetaData meta = new MetaData();
        Table t = meta.table("computed_t", column("id", Types.INTEGER).primaryKey(), column("x", Types.INTEGER),
                column("y", Types.INTEGER).computed(io.alchemy.schema.Computed.of("x + 2")));
        meta.createAll(engine);
        engine.begin(conn -> conn.execute(insert(t).values(Map.of("id", 1, "x", 3))));
        assertThat(query(engine, select(t.c("y")))).containsExactly(row(5));
    }

    /**
     * An identity column with options on PostgreSQL and H2 (4, 11, …); where there are no identity columns an
     * identity without options is the autoincrement primary key, and one with options is refused.
     */
    @MatrixTest
    void identityColumn(TestDatabase db) {
        Engine engine = db.engine();
        MetaData meta = new MetaData();
        Table t = meta.table("ident_t", column("y", Types.INTEGER).primaryKey()
                .identity(io.alchemy.schema.Identity.always().start(4).increment(7)), column("name", Types.string(20)));
        boolean identityColumns = db.name().equals("postgresql") || db.name().equals("h2");
        if (!identityColumns) {
            assertThatThrownBy(() -> meta.createAll(engine)).isInstanceOf(CompileError.class)
                    .hasMessageContaining("Identity columns are not supported");
            MetaData plain = new MetaData();
            Table auto = plain.table("ident_auto", column("y", Types.INTEGER).primaryKey()
                    .identity(io.alchemy.schema.Identity.byDefault()), column("name", Types.string(20)));
            plain.createAll(engine);
            engine.begin(conn -> conn.execute(insert(auto), List.of(Map.of("name", "a"), Map.of("name", "b"))));
            assertThat(query(engine, select(auto.c("y")).orderBy(auto.c("y")))).containsExactly(row(1), row(2));
            return;
        }
        meta.createAll(engine);
        engine.begin(conn -> {
            Object first = conn.execute(insert(t).values(Map.of("name", "a"))).insertedPrimaryKey().values().get(0);
            assertThat(((Number) first).longValue()).isEqualTo(4L);
            conn.execute(insert(t).values(Map.of("name", "b")));
        });
        assertThat(query(engine, select(t.c("y")).orderBy(t.c("y")))).containsExactly(row(4), row(11));
    }

    /**
     * Table options: SQLite's STRICT / WITHOUT ROWID refuse a text in an INTEGER column; MariaDB's binary collation
     * compares case-sensitively in a hash-partitioned InnoDB table; the other databases ignore both.
     */
    @MatrixTest
    void tableOptions(TestDatabase db) {
        Engine engine = db.engine();
        MetaData meta = new MetaData();
        Table t = meta.table("opts_t", column("id", Types.INTEGER).primaryKey(), column("n", Types.INTEGER),
                column("code", Types.string(10)),
                io.alchemy.dialect.sqlite.SQLiteTableOptions.create().withoutRowid(),
                io.alchemy.dialect.mysql.MySQLTableOptions.create().engine("InnoDB").charset("utf8mb4")
                        .collate("utf8mb4_bin").partitionBy("HASH(id)").partitions(2));
        MetaData strictMeta = new MetaData();
        Table strict = strictMeta.table("strict_t", column("id", Types.INTEGER).primaryKey(),
                column("n", Types.INTEGER), io.alchemy.dialect.sqlite.SQLiteTableOptions.create().strict());
        meta.createAll(engine);
        strictMeta.createAll(engine);
        engine.begin(conn -> conn.execute(insert(t), List.of(Map.of("id", 1, "n", 10, "code", "a"),
                Map.of("id", 2, "n", 20, "code", "A"))));
        assertThat(query(engine, select(t.c("id")).where(t.c("code").eq("a")).orderBy(t.c("id"))))
                .containsExactly(row(1)); // MariaDB's default collation would match 'A' too
        if (db.name().equals("sqlite")) {
            assertThatThrownBy(() -> engine.begin(conn -> conn.execute(insert(strict)
                    .values(Map.of("id", 1, "n", literalColumn("'not a number'"))))))
                    .isInstanceOf(io.alchemy.exc.DBAPIError.class);
        } else {
            engine.begin(conn -> conn.execute(insert(strict).values(Map.of("id", 1, "n", 5))));
            assertThat(query(engine, select(strict.c("n")))).containsExactly(row(5));
        }
    }
}
