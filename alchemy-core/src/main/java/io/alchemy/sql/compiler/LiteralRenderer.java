package io.alchemy.sql.compiler;

import io.alchemy.exc.CompileError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Renders Java values as SQL literals, for display only ({@code CompileOptions.literalBinds()}): strings quoted
 * with embedded quotes doubled, numbers and dates in SQL form, booleans per database. A value without a literal
 * form is a {@link CompileError}.
 */
public class LiteralRenderer {
    private final boolean nativeBoolean;

    public LiteralRenderer(boolean nativeBoolean) {
        this.nativeBoolean = nativeBoolean;
    }

    /** The SQL literal for {@code value}. */
    public String render(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return nativeBoolean ? (b ? "true" : "false") : (b ? "1" : "0");
        }
        if (value instanceof BigDecimal decimal) {
            // plain digits while they are few; 1E+131072 stays in scientific notation (as Python's str(Decimal))
            return (long) decimal.precision() + Math.abs((long) decimal.scale()) <= 1_000 ? decimal.toPlainString()
                    : decimal.toString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof UUID) {
            return quote(value.toString());
        }
        if (value instanceof LocalDateTime dateTime) {
            return quote(dateTime.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")));
        }
        if (value instanceof LocalDate || value instanceof LocalTime) {
            return quote(value.toString());
        }
        if (value instanceof Enum<?> e) {
            return quote(e.name());
        }
        throw new CompileError("No literal value renderer is available for literal value '" + value
                + "' of Java type " + value.getClass().getName());
    }

    /** A string literal: quotes doubled. */
    protected String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
