package io.alchemy;

import io.alchemy.engine.Connection;
import io.alchemy.engine.ConnectionSource;
import io.alchemy.engine.Engine;
import io.alchemy.engine.EngineOptions;
import io.alchemy.engine.Engines;
import io.alchemy.schema.CheckConstraint;
import io.alchemy.schema.Column;
import io.alchemy.schema.ForeignKeyConstraint;
import io.alchemy.schema.Index;
import io.alchemy.schema.Inspector;
import io.alchemy.schema.PrimaryKeyConstraint;
import io.alchemy.schema.Sequence;
import io.alchemy.schema.TableComment;
import io.alchemy.schema.UniqueConstraint;
import io.alchemy.sql.TextClause;
import io.alchemy.types.SqlType;
import java.util.List;
import javax.sql.DataSource;

/**
 * The static façade, SQLAlchemy's top-level namespace: {@code import static io.alchemy.Alchemy.*;} gives
 * {@code createEngine}, {@code text}, {@code column}, {@code select}, {@code insert}, … Each method only delegates
 * to the class that does the work.
 */
public final class Alchemy {
    private Alchemy() {
    }

    // ---------------------------------------------------------------- engine (owned by the engine work)

    /** An engine over a HikariCP pool for {@code jdbcUrl}; connects lazily. */
    public static Engine createEngine(String jdbcUrl) {
        return createEngine(jdbcUrl, EngineOptions.DEFAULTS);
    }

    /** An engine over a HikariCP pool for {@code jdbcUrl} with options (echo, pool size, …); connects lazily. */
    public static Engine createEngine(String jdbcUrl, EngineOptions options) {
        return Engines.fromUrl(jdbcUrl, options);
    }

    /** An engine over the caller's {@code DataSource} (left open by {@link Engine#dispose()}). */
    public static Engine createEngine(DataSource dataSource) {
        return createEngine(dataSource, EngineOptions.DEFAULTS);
    }

    /** An engine over the caller's {@code DataSource}, with options. */
    public static Engine createEngine(DataSource dataSource, EngineOptions options) {
        return Engines.fromDataSource(dataSource, options);
    }

    /** An engine over any {@link ConnectionSource}, such as the Spring integration's transaction-aware one. */
    public static Engine createEngine(ConnectionSource source, EngineOptions options) {
        return Engines.fromSource(source, options);
    }

    /** Textual SQL with {@code :name} bind parameters, executed as written (SQLAlchemy's {@code text()}). */
    public static TextClause text(String sql) {
        return TextClause.of(sql);
    }

    // ---------------------------------------------------------------- schema and types (owned by the schema work)

    /** A table column of a type: {@code column("id", INTEGER).primaryKey()}. */
    public static <T> Column<T> column(String name, SqlType<T> type) {
        return new Column<>(name, type);
    }

    /** A column whose type comes from its foreign key target: {@code column("user_id").references("user_account.id")}. */
    public static Column<Object> column(String name) {
        return new Column<>(name, null);
    }

    /** A (composite) primary key, as a table element. */
    public static PrimaryKeyConstraint primaryKeyConstraint(String... columnNames) {
        return PrimaryKeyConstraint.of(columnNames);
    }

    /** A (composite) foreign key: columns of this table and their {@code "table.column"} targets, pairwise. */
    public static ForeignKeyConstraint foreignKeyConstraint(List<String> columnNames, List<String> targets) {
        return new ForeignKeyConstraint(columnNames, targets);
    }

    /** A UNIQUE constraint over columns. */
    public static UniqueConstraint uniqueConstraint(String... columnNames) {
        return UniqueConstraint.of(columnNames);
    }

    /** A CHECK constraint with a SQL condition (trusted text, rendered verbatim). */
    public static CheckConstraint checkConstraint(String sqlText) {
        return CheckConstraint.of(sqlText);
    }

    /** An index named {@code name} over columns; {@code .unique()} for a unique one. */
    public static Index index(String name, String... columnNames) {
        return Index.of(name, columnNames);
    }

    /** A table comment, as a table element. */
    public static TableComment tableComment(String text) {
        return new TableComment(text);
    }

    /** A database sequence, for {@code column(...).sequence(...)}. */
    public static Sequence sequence(String name) {
        return Sequence.of(name);
    }

    /** An {@link Inspector} of the database {@code engine} connects to: table names, columns, keys, indexes. */
    public static Inspector inspect(Engine engine) {
        return new Inspector(engine);
    }

    /** An {@link Inspector} working through an open connection. */
    public static Inspector inspect(Connection connection) {
        return Inspector.of(connection);
    }

    // ---------------------------------------------------------------- SQL expression language (owned by the sql work)
}
