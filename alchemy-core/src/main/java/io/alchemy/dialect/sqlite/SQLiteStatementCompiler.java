package io.alchemy.dialect.sqlite;

import java.util.Map;
import io.alchemy.exc.CompileError;
import org.jspecify.annotations.Nullable;
import io.alchemy.dialect.Dialect;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.compiler.StatementCompiler;
import io.alchemy.types.JsonType;
import io.alchemy.types.SqlType;
import java.util.List;

/**
 * SQLite's SQL, as SQLAlchemy writes it: {@code now()} is {@code CURRENT_TIMESTAMP}, RETURNING columns are bare
 * names, {@code IS [NOT]} is the NULL-safe comparison (what SQLite cannot express is in {@link SQLiteDialect}'s
 * capabilities).
 */
public class SQLiteStatementCompiler extends StatementCompiler {

    public SQLiteStatementCompiler(Dialect dialect, CompileOptions options) {
        super(dialect, options);
    }

    /**
     * SQLite matches an ON CONFLICT index predicate with the partial index's before binding, so a parameter there
     * never matches ("ON CONFLICT clause does not match any PRIMARY KEY or UNIQUE constraint"): values inline.
     */
    @Override
    protected String indexPredicate(ColumnElement<?> predicate) {
        return renderWithLiterals(predicate);
    }

    @Override
    protected String knownFunction(String lowerCaseName) {
        return switch (lowerCaseName) {
            case "now" -> "CURRENT_TIMESTAMP";
            // SQLite has no LOCALTIMESTAMP: the current time in the local time zone
            case "localtimestamp" -> "DATETIME(CURRENT_TIMESTAMP, 'localtime')";
            default -> null;
        };
    }

    /** A JSON element as JSON text, as SQLAlchemy's SQLite dialect: {@code JSON_QUOTE(JSON_EXTRACT(doc, '$."key"'))}. */
    @Override
    protected String jsonGetItem(ColumnElement<?> document, String left, String index) {
        return "JSON_QUOTE(JSON_EXTRACT(" + left + ", " + index + "))";
    }

    /**
     * No CAST to JSON: SQLite gives the type name JSON numeric affinity, so the CAST would turn a document into 0.
     * (SQLAlchemy renders the CAST; leaving it out keeps the document, which SQLite's JSON functions take as text.)
     */
    @Override
    protected String castType(SqlType<?> type) {
        return type instanceof JsonType ? null : super.castType(type);
    }

    /** SQLite's {@code /} truncates integers; adding {@code 0.0} makes the divisor REAL, as SQLAlchemy's dialect. */
    @Override
    protected String trueDivision(String left, String right, SqlType<?> castType) {
        return left + " / (" + right + " + 0.0)";
    }

    /** SQLite compares row values only with a subquery: {@code (a, b) IN (VALUES (?, ?), …)}. */
    @Override
    protected String tupleInPrefix() {
        return "VALUES ";
    }

    @Override
    protected String distinctFrom(String left, String right, boolean negated) {
        return left + (negated ? " IS " : " IS NOT ") + right;
    }

    @Override
    protected boolean qualifyReturningColumns() {
        return false;
    }

    /** No column list after a VALUES alias here: the rows become {@code SELECT … UNION ALL SELECT …}. */
    @Override
    protected String valuesFrom(List<List<String>> rows, List<String> columns, String name) {
        return valuesAsUnion(rows, columns, name);
    }

    /**
     * {@code x REGEXP pattern}, SQLite's operator for the application-defined {@code regexp(pattern, x)} function.
     * It takes no flags: they are refused rather than dropped (SQLAlchemy ignores them), since a match without them
     * would be silently different; write them inline in the pattern instead.
     */
    @Override
    protected String regexpMatch(String left, String pattern, @Nullable String flags, boolean negated) {
        if (flags != null) {
            throw new CompileError("sqlite dialect does not support regular expression flags (got '" + flags
                    + "'): write them inline in the pattern, such as (?i)");
        }
        return left + (negated ? " NOT REGEXP " : " REGEXP ") + pattern;
    }

    /** The {@code STRFTIME} format of each field SQLite can extract. */
    private static final Map<String, String> EXTRACT_FORMATS = Map.ofEntries(Map.entry("month", "%m"),
            Map.entry("day", "%d"), Map.entry("year", "%Y"), Map.entry("second", "%S"), Map.entry("hour", "%H"),
            Map.entry("doy", "%j"), Map.entry("minute", "%M"), Map.entry("epoch", "%s"), Map.entry("dow", "%w"),
            Map.entry("week", "%W"));

    /** SQLite has no EXTRACT: {@code CAST(STRFTIME('%m', x) AS INTEGER)}; another field is refused. */
    @Override
    protected String extract(String field, String expression) {
        String format = EXTRACT_FORMATS.get(field);
        if (format == null) {
            throw new CompileError(field + " is not a valid extract argument.");
        }
        return "CAST(STRFTIME('" + format + "', " + expression + ") AS INTEGER)";
    }
}
