package io.alchemy.dialect.mysql;

import io.alchemy.exc.CompileError;
import io.alchemy.sql.Match;
import org.jspecify.annotations.Nullable;
import io.alchemy.dialect.Dialect;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.SelectBase;
import io.alchemy.sql.compiler.LiteralRenderer;
import io.alchemy.sql.compiler.StatementCompiler;
import io.alchemy.types.IntegerType;
import io.alchemy.types.NumericType;
import io.alchemy.types.SqlType;
import io.alchemy.types.StringType;
import java.util.List;

/**
 * MySQL's SQL, as SQLAlchemy writes it: back-quoted identifiers, {@code concat(a, b)} for {@code ||} (which is OR
 * there), {@code LIMIT offset, count}, {@code <=>} for NULL-safe comparison, multi-table UPDATE and
 * {@code DELETE … USING}, {@code () VALUES ()} for an INSERT of defaults (what MySQL cannot express is in
 * {@link MySQLDialect}'s capabilities).
 */
public class MySQLStatementCompiler extends StatementCompiler {
    private static final String MAX_ROWS = "18446744073709551615";

    public MySQLStatementCompiler(Dialect dialect, CompileOptions options) {
        super(dialect, options);
    }

    /**
     * MySQL's CAST takes only a few type names: CHAR for strings, SIGNED INTEGER for integers, DECIMAL for numerics,
     * BINARY for binary; a boolean has none (MySQL rejects {@code CAST(x AS BOOL)}), and the CAST is left out, as
     * SQLAlchemy does.
     */
    @Override
    protected String castType(SqlType<?> type) {
        if (type instanceof StringType string) {
            return string.length() == null ? "CHAR" : "CHAR(" + string.length() + ")";
        }
        if (type instanceof NumericType numeric) {
            if (numeric.precision() == null) {
                return "DECIMAL";
            }
            return "DECIMAL(" + numeric.precision() + (numeric.scale() == null ? "" : ", " + numeric.scale()) + ")";
        }
        if (type instanceof IntegerType<?>) {
            return "SIGNED INTEGER";
        }
        if (type instanceof io.alchemy.types.NumericType numeric) {
            return numeric.precision() == null ? "DECIMAL" : numeric.scale() == null
                    ? "DECIMAL(" + numeric.precision() + ")" : "DECIMAL(" + numeric.precision() + ", " + numeric.scale() + ")";
        }
        if (type instanceof io.alchemy.types.LargeBinaryType) {
            return "BINARY";
        }
        if (type instanceof io.alchemy.types.BooleanType) {
            return null;
        }
        return super.castType(type);
    }

    /** {@code random()} is MySQL's {@code rand()}. */
    @Override
    protected String knownFunction(String lowerCaseName) {
        return switch (lowerCaseName) {
            case "random" -> "rand()";
            case "sysdate" -> "SYSDATE()";
            default -> super.knownFunction(lowerCaseName);
        };
    }

    /** MySQL writes an inner join {@code INNER JOIN}, as SQLAlchemy's MySQL compiler does. */
    @Override
    protected String joinKeyword(io.alchemy.sql.JoinType type) {
        return type == io.alchemy.sql.JoinType.INNER ? "INNER JOIN" : super.joinKeyword(type);
    }

    /** {@code GROUP BY a, b WITH ROLLUP}: MySQL's spelling of {@code ROLLUP(a, b)}. */
    @Override
    protected String functionCall(io.alchemy.sql.SqlFunction<?> function) {
        if (function.name().equalsIgnoreCase("rollup") && !function.arguments().isEmpty()) {
            return String.join(", ", function.arguments().stream().map(this::render).toList()) + " WITH ROLLUP";
        }
        return super.functionCall(function);
    }

    @Override
    protected LiteralRenderer literalRenderer() {
        return new LiteralRenderer(false) {
            @Override
            protected String quote(String text) {
                return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
            }
        };
    }

    /** {@code JSON_EXTRACT(doc, '$."key"')}: the element as JSON. */
    @Override
    protected String jsonGetItem(ColumnElement<?> document, String left, String index) {
        return "JSON_EXTRACT(" + left + ", " + index + ")";
    }

    /** MySQL's and MariaDB's {@code /} keeps the fraction ({@code DIV} is their integer division). */
    @Override
    protected boolean divisionTruncatesIntegers() {
        return false;
    }

    @Override
    protected String concat(String left, String right) {
        return "concat(" + left + ", " + right + ")";
    }

    @Override
    protected String concat(String first, String second, String third) {
        return "concat(" + first + ", " + second + ", " + third + ")";
    }

    @Override
    protected String distinctFrom(String left, String right, boolean negated) {
        return negated ? left + " <=> " + right : "NOT (" + left + " <=> " + right + ")";
    }

    /** {@code LIMIT offset, count}, rendered in that order (the offset's parameter is named first, as in SQLAlchemy). */
    @Override
    protected String limitClause(SelectBase select) {
        requireRowCount(select.limitClause(), "LIMIT");
        requireRowCount(select.offsetClause(), "OFFSET");
        if (select.offsetClause() == null) {
            return " \n LIMIT " + (select.limitClause() == null ? MAX_ROWS : render(select.limitClause()));
        }
        String offset = render(select.offsetClause());
        String count = select.limitClause() == null ? MAX_ROWS : render(select.limitClause());
        return " \n LIMIT " + offset + ", " + count;
    }

    /** No NULLS FIRST/LAST here: sort on {@code x IS NULL} first ({@code x IS NULL DESC, x} puts NULLs first). */
    @Override
    protected String nullsOrdering(String ordered, String base, boolean first) {
        return base + " IS NULL" + (first ? " DESC" : "") + ", " + ordered;
    }

    @Override
    protected String defaultValues() {
        return " () VALUES ()";
    }

    @Override
    protected boolean qualifyReturningColumns() {
        return false;
    }

    @Override
    protected String updateWithFroms(String table, String set, List<String> others) {
        return "UPDATE " + table + ", " + String.join(", ", others) + " SET " + set;
    }

    @Override
    protected boolean qualifySetColumns(boolean multiTable) {
        return multiTable;
    }

    @Override
    protected String deleteWithFroms(String table, List<String> others) {
        return "DELETE FROM " + table + " USING " + table + ", " + String.join(", ", others);
    }

    /** No column list after a VALUES alias here: the rows become {@code SELECT … UNION ALL SELECT …}. */
    @Override
    protected String valuesFrom(List<List<String>> rows, List<String> columns, String name) {
        return valuesAsUnion(rows, columns, name);
    }

    /**
     * {@code x REGEXP pattern}; with flags MySQL 8's {@code REGEXP_LIKE(x, pattern, flags)} ({@code NOT
     * REGEXP_LIKE(…)} negated), which takes them as its match type.
     */
    @Override
    protected String regexpMatch(String left, String pattern, @Nullable String flags, boolean negated) {
        if (flags == null) {
            return left + (negated ? " NOT REGEXP " : " REGEXP ") + pattern;
        }
        return (negated ? "NOT " : "") + "REGEXP_LIKE(" + left + ", " + pattern + ", "
                + literalRenderer().render(flags) + ")";
    }

    /** {@code REGEXP_REPLACE(x, pattern, replacement[, flags])}: MySQL 8 takes the flags as its match type. */
    @Override
    protected String regexpReplace(String element, String pattern, String replacement, @Nullable String flags) {
        return "REGEXP_REPLACE(" + element + ", " + pattern + ", " + replacement
                + (flags == null ? "" : ", " + literalRenderer().render(flags)) + ")";
    }

    /**
     * {@code MATCH (a, b) AGAINST (q [IN BOOLEAN MODE | IN NATURAL LANGUAGE MODE] [WITH QUERY EXPANSION])}; boolean
     * mode goes with neither of the others.
     */
    @Override
    protected String fullTextMatch(Match match, List<String> columns, String against) {
        if (match.booleanMode() && (match.naturalLanguageMode() || match.queryExpansion())) {
            throw new CompileError("Invalid MySQL match flags: in_boolean_mode=" + python(match.booleanMode())
                    + ", in_natural_language_mode=" + python(match.naturalLanguageMode())
                    + ", with_query_expansion=" + python(match.queryExpansion()));
        }
        StringBuilder sql = new StringBuilder("MATCH (").append(String.join(", ", columns)).append(") AGAINST (")
                .append(against);
        if (match.booleanMode()) {
            sql.append(" IN BOOLEAN MODE");
        }
        if (match.naturalLanguageMode()) {
            sql.append(" IN NATURAL LANGUAGE MODE");
        }
        if (match.queryExpansion()) {
            sql.append(" WITH QUERY EXPANSION");
        }
        return sql.append(')').toString();
    }

    /** The flag as SQLAlchemy's message writes it. */
    private static String python(boolean flag) {
        return flag ? "True" : "False";
    }

    /** MySQL's unit is {@code millisecond}, singular. */
    @Override
    protected String extract(String field, String expression) {
        return super.extract(field.equals("milliseconds") ? "millisecond" : field, expression);
    }

    /** {@code OFFSET x ROWS FETCH FIRST y ROWS …} (MariaDB 10.6), its values numbers or parameters. */
    @Override
    protected String fetchClause(SelectBase select) {
        requireRowCount(select.fetchClause().rows(), "FETCH FIRST");
        requireRowCount(select.offsetClause(), "OFFSET");
        return super.fetchClause(select);
    }

    /**
     * MySQL and MariaDB take only a whole number or a parameter as a row count or offset (no expression, not even
     * parenthesized): anything else is refused here rather than by the server.
     */
    private static void requireRowCount(io.alchemy.sql.@Nullable ColumnElement<?> value, String clause) {
        if (value == null || value instanceof io.alchemy.sql.BindParameter<?>
                || value instanceof io.alchemy.sql.LiteralColumn<?> literal && literal.text().strip().matches("\\d+")) {
            return;
        }
        throw new CompileError("MySQL and MariaDB take only a whole number or a parameter for " + clause
                + ", not an expression");
    }
}
