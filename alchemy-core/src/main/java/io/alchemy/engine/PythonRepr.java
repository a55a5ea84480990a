package io.alchemy.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders Java values the way Python's {@code repr()} renders the equivalent Python values, so that rows and echo
 * output read like SQLAlchemy's: {@code 'text'}, {@code None}, {@code True}, {@code 1.5}, {@code (1, 'a')}.
 */
final class PythonRepr {
    private PythonRepr() {
    }

    /** The Python-like repr of one value. */
    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** A Python tuple of the values: {@code ()}, {@code (1,)}, {@code (1, 'a')}. */
    static String tuple(List<?> values) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, values.get(i));
        }
        return out.append(values.size() == 1 ? ",)" : ")").toString();
    }

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof Boolean b) {
            out.append(b ? "True" : "False");
        } else if (value instanceof CharSequence || value instanceof Character) {
            appendString(out, value.toString());
        } else if (value instanceof Double || value instanceof Float) {
            out.append(floatRepr(((Number) value).doubleValue()));
        } else if (value instanceof BigDecimal d) {
            out.append("Decimal('").append(d.toString()).append("')"); // Python's str(Decimal) rules: 1E+131072
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof byte[] bytes) {
            appendBytes(out, bytes);
        } else if (value instanceof Collection<?> c) {
            appendSequence(out, c.iterator(), '[', ']');
        } else if (value instanceof Object[] array) {
            appendSequence(out, List.of(array).iterator(), '[', ']');
        } else if (value instanceof Map<?, ?> map) {
            appendMap(out, map);
        } else {
            appendString(out, value.toString());
        }
    }

    /** Python's {@code "%.Ng" % value}: N significant digits, trailing zeros removed, exponent below 1e-4. */
    static String general(double value, int precision) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= precision) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String sign = exponent < 0 ? "-" : "+";
            return mantissa.toPlainString() + "e" + sign + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    private static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        double abs = Math.abs(d);
        if (abs != 0 && (abs < 1e-4 || abs >= 1e16)) {
            return Double.toString(d).replace("E", "e");
        }
        String plain = BigDecimal.valueOf(d).toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    private static void appendString(StringBuilder out, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append(quote);
    }

    private static void appendBytes(StringBuilder out, byte[] bytes) {
        out.append("b'");
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '\\' || c == '\'') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append(String.format(Locale.ROOT, "\\x%02x", c));
            }
        }
        out.append('\'');
    }

    private static void appendSequence(StringBuilder out, Iterator<?> items, char open, char close) {
        out.append(open);
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.append(", ");
            }
            append(out, items.next());
            first = false;
        }
        out.append(close);
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            append(out, e.getKey());
            out.append(": ");
            append(out, e.getValue());
            first = false;
        }
        out.append('}');
    }
}
