package io.alchemy.exc;

import java.util.List;

/**
 * An error that happened while a statement was being prepared or executed. Carries the SQL and the parameters so
 * the message says exactly what was sent; long parameter values are truncated in the message.
 */
public class StatementError extends AlchemyException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_PARAM_CHARS = 300;

    private final String sql;
    private final transient List<?> params;

    public StatementError(String message, String sql, List<?> params, Throwable cause) {
        super(describe(message, sql, params), cause);
        this.sql = sql;
        this.params = params == null ? List.of() : params;
    }

    /** The SQL that was sent (or was about to be sent), in the dialect's JDBC form. */
    public String sql() {
        return sql;
    }

    /** The parameters: one list for a single execution, a list of lists for executemany. */
    public List<?> params() {
        return params;
    }

    static String describe(String message, String sql, List<?> params) {
        if (sql == null) {
            return message;
        }
        return message + "\n[SQL: " + sql + "]" + (params == null || params.isEmpty() ? "" : "\n[parameters: " + render(params) + "]");
    }

    /** Python's repr: a tuple {@code (1, 'x')}, {@code (2,)} for one execution; a list of tuples for executemany. */
    private static String render(List<?> params) {
        if (!params.isEmpty() && params.get(0) instanceof List<?>) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < params.size(); i++) {
                out.append(i > 0 ? ", " : "").append(tuple((List<?>) params.get(i)));
            }
            return out.append(']').toString();
        }
        return tuple(params);
    }

    private static String tuple(List<?> values) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            out.append(i > 0 ? ", " : "").append(truncate(values.get(i)));
        }
        return out.append(values.size() == 1 ? ",)" : ")").toString();
    }

    private static String truncate(Object value) {
        String text = value instanceof CharSequence ? "'" + value + "'" : value == null ? "None" : String.valueOf(value);
        if (text.length() <= MAX_PARAM_CHARS) {
            return text;
        }
        int cut = text.length() - MAX_PARAM_CHARS;
        return text.substring(0, MAX_PARAM_CHARS / 2) + " ... (" + cut + " characters truncated) ... "
                + text.substring(text.length() - MAX_PARAM_CHARS / 2);
    }
}
