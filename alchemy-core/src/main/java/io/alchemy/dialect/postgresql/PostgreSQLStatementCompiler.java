package io.alchemy.dialect.postgresql;

import io.alchemy.sql.SelectBase;
import io.alchemy.sql.Fetch;
import java.util.List;
import io.alchemy.sql.Match;
import org.jspecify.annotations.Nullable;
import io.alchemy.dialect.Dialect;
import io.alchemy.sql.BindParameter;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.ForUpdate;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.SqlFunction;
import io.alchemy.sql.TypeCoerce;
import io.alchemy.sql.compiler.InsertSentinelSupport;
import io.alchemy.sql.compiler.StatementCompiler;
import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's SQL: {@code ILIKE}, {@code LIMIT ALL}, {@code INSERT … ON CONFLICT}, and insertmanyvalues batches
 * ordered by {@code INSERT … SELECT … ORDER BY}; {@code now()} reads as a timestamp with time zone.
 */
public class PostgreSQLStatementCompiler extends StatementCompiler {
    private static final Set<String> TIMESTAMPTZ_FUNCTIONS = Set.of("now", "current_timestamp");

    public PostgreSQLStatementCompiler(Dialect dialect, CompileOptions options) {
        super(dialect, options);
    }

    /**
     * {@code doc -> index}, the element as JSON. A document given as a parameter is cast to JSON, since the server
     * cannot choose between the {@code json} and {@code jsonb} operators for an untyped parameter.
     */
    @Override
    protected String jsonGetItem(ColumnElement<?> document, String left, String index) {
        ColumnElement<?> value = document instanceof TypeCoerce<?> coerce ? coerce.element() : document;
        return (value instanceof BindParameter<?> ? "CAST(" + left + " AS JSON)" : left) + " -> " + index;
    }

    /** PostgreSQL's key-share locks: {@code FOR NO KEY UPDATE}, {@code FOR KEY SHARE}. */
    @Override
    protected String forUpdateClause(ForUpdate forUpdate) {
        String clause = super.forUpdateClause(forUpdate);
        if (!forUpdate.keyShare()) {
            return clause;
        }
        return forUpdate.read() ? clause.replaceFirst("^ FOR SHARE", " FOR KEY SHARE")
                : clause.replaceFirst("^ FOR UPDATE", " FOR NO KEY UPDATE");
    }

    /** {@code ->} is no tighter than {@code ||} or {@code =}: an element is parenthesized inside other operators. */
    @Override
    protected boolean groupsJsonElementOperands() {
        return true;
    }

    @Override
    protected String noLimit() {
        return "\n LIMIT ALL";
    }

    /** {@code now()} and {@code CURRENT_TIMESTAMP} are {@code timestamp with time zone} here: read them as such. */
    @Override
    protected SqlType<?> resultType(ColumnElement<?> element) {
        if (element instanceof SqlFunction<?> function && function.arguments().isEmpty()
                && TIMESTAMPTZ_FUNCTIONS.contains(function.name().toLowerCase(Locale.ROOT))) {
            return Types.datetimeTz();
        }
        return super.resultType(element);
    }

    @Override
    protected String ilike(String left, String right, boolean negated) {
        return left + (negated ? " NOT ILIKE " : " ILIKE ") + right;
    }

    @Override
    protected String ilikePattern(String left, String value, java.util.function.UnaryOperator<String> pattern,
            boolean negated) {
        return left + (negated ? " NOT ILIKE " : " ILIKE ") + pattern.apply(value);
    }

    @Override
    protected InsertSentinelSupport insertSentinelSupport() {
        return InsertSentinelSupport.INSERT_FROM_SELECT;
    }

    /**
     * POSIX regular expressions: {@code ~} and {@code !~}; the flag {@code i} alone is the case-insensitive
     * {@code ~*} / {@code !~*}, other flags are the pattern's embedded options, {@code CONCAT('(?', flags, ')', p)}.
     */
    @Override
    protected String regexpMatch(String left, String pattern, @Nullable String flags, boolean negated) {
        String operator = negated ? "!~" : "~";
        if (flags == null) {
            return left + " " + operator + " " + pattern;
        }
        if (flags.equals("i")) {
            return left + " " + operator + "* " + pattern;
        }
        return left + " " + operator + " CONCAT('(?', " + literalRenderer().render(flags) + ", ')', " + pattern + ")";
    }

    /** {@code REGEXP_REPLACE(x, pattern, replacement[, flags])}. */
    @Override
    protected String regexpReplace(String element, String pattern, String replacement, @Nullable String flags) {
        return "REGEXP_REPLACE(" + element + ", " + pattern + ", " + replacement
                + (flags == null ? "" : ", " + literalRenderer().render(flags)) + ")";
    }

    /**
     * Full-text search: {@code x @@ plainto_tsquery(q)}, with the match's text search configuration as a string
     * literal ({@code plainto_tsquery('english', q)}). One column: search several with {@code to_tsvector} of their
     * concatenation.
     */
    @Override
    protected String fullTextMatch(Match match, List<String> columns, String against) {
        if (columns.size() != 1) {
            throw unsupported("MATCH over several columns");
        }
        String config = match.regconfig() == null ? "" : literalRenderer().render(match.regconfig()) + ", ";
        return columns.get(0) + " @@ plainto_tsquery(" + config + against + ")";
    }

    /**
     * {@code OFFSET (x) ROWS FETCH FIRST (y) ROWS ONLY | WITH TIES}: PostgreSQL takes only a constant or a parameter
     * there unless it is parenthesized, so the values always are. PostgreSQL has no {@code PERCENT}: refused.
     */
    @Override
    protected String fetchClause(SelectBase select) {
        Fetch fetch = select.fetchClause();
        if (fetch.percent()) {
            throw unsupported("FETCH FIRST … PERCENT");
        }
        StringBuilder sql = new StringBuilder();
        if (select.offsetClause() != null) {
            sql.append("\n OFFSET (").append(render(select.offsetClause())).append(") ROWS");
        }
        sql.append("\n FETCH FIRST (").append(render(fetch.rows())).append(")")
                .append(fetch.withTies() ? " ROWS WITH TIES" : " ROWS ONLY");
        return sql.toString();
    }

    /** {@code substring(s, start[, length])} in PostgreSQL's form: {@code SUBSTRING(s FROM start [FOR length])}. */
    @Override
    protected String functionCall(SqlFunction<?> function) {
        int arity = function.arguments().size();
        if (function.name().equalsIgnoreCase("substring") && (arity == 2 || arity == 3)) {
            List<ColumnElement<?>> args = function.arguments();
            return "SUBSTRING(" + render(args.get(0)) + " FROM " + render(args.get(1))
                    + (arity == 3 ? " FOR " + render(args.get(2)) : "") + ")";
        }
        return super.functionCall(function);
    }
}
