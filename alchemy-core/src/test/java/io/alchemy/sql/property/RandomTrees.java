package io.alchemy.sql.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates random {@link Expr} trees from a seeded {@link Random}, so that a failing case is reproduced by its seed:
 * bounded integers (with NULLs and int32 edges), conditions over them, and strings with quotes, backslashes,
 * percent signs, unicode and a marker character that must never appear in SQL text.
 */
final class RandomTrees {
    /** Marks every generated string, so that finding it in SQL text would reveal an inlined value. */
    static final String MARK = "\u2603";
    private static final String CHARS = "ab'\"\\%_/;:?-\u00e9\u4e2d\ud83d\ude00 ";
    private static final long[] EDGES = {0L, 1L, -1L, 2_147_483_647L, -2_147_483_648L};

    private final Random random;

    RandomTrees(long seed) {
        this.random = new Random(seed);
    }

    Expr integer(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return intValue(1_000_000_000_000L);
        }
        return new Expr.Arithmetic(integer(depth - 1), random.nextBoolean(), intValue(1_000_000L));
    }

    private Expr intValue(long bound) {
        if (random.nextInt(7) == 0) {
            return new Expr.IntValue(null);
        }
        if (random.nextInt(4) == 0) {
            return new Expr.IntValue(EDGES[random.nextInt(EDGES.length)]);
        }
        return new Expr.IntValue(random.nextLong() % bound);
    }

    Expr condition(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return switch (random.nextInt(3)) {
                case 0 -> new Expr.Compare(integer(2), List.of("=", "!=", "<", "<=", ">", ">=").get(random.nextInt(6)),
                        integer(2));
                case 1 -> new Expr.IsNull(integer(2));
                default -> new Expr.In(integer(2), smallNumbers(), random.nextBoolean());
            };
        }
        return random.nextInt(3) == 0 ? new Expr.Not(condition(depth - 1))
                : new Expr.Logic(condition(depth - 1), random.nextBoolean(), condition(depth - 1));
    }

    private List<Long> smallNumbers() {
        List<Long> values = new ArrayList<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            values.add((long) random.nextInt(7) - 3);
        }
        return values;
    }

    /**
     * A LIKE-family match (startswith / endswith / contains, autoescaped) of a string tree, with a pattern that is
     * often a piece of the tree's own value (so that it matches), else random characters with wildcards.
     */
    Expr like(int depth) {
        Expr operand = string(depth);
        String value = (String) operand.eval();
        String kind = List.of("startswith", "endswith", "contains").get(random.nextInt(3));
        String pattern;
        if (value != null && random.nextInt(3) > 0) {
            int from = kind.equals("startswith") ? 0 : boundary(value, random.nextInt(value.length() + 1));
            int to = kind.equals("endswith") ? value.length()
                    : boundary(value, from + random.nextInt(value.length() - from + 1));
            pattern = value.substring(from, to);
        } else {
            pattern = randomText();
        }
        return new Expr.Like(operand, kind, pattern);
    }

    Expr string(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return stringValue();
        }
        return new Expr.Concat(string(depth - 1), stringValue());
    }

    private Expr stringValue() {
        if (random.nextInt(10) == 0) {
            return new Expr.StringValue(null);
        }
        return new Expr.StringValue(MARK + randomText());
    }

    /** Up to 12 characters of {@link #CHARS}; the emoji is one code point (two chars), never split. */
    private String randomText() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(13);
        for (int i = 0; i < length; i++) {
            int at = boundary(CHARS, random.nextInt(CHARS.length()));
            text.appendCodePoint(CHARS.codePointAt(at == CHARS.length() ? 0 : at));
        }
        return text.toString();
    }

    /** {@code index}, moved back off the low half of a surrogate pair. */
    private static int boundary(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    /** A name with reserved words, mixed case, spaces and punctuation. */
    String identifier() {
        List<String> reserved = List.of("select", "order", "group", "user", "table", "from", "where", "Select", "KEY",
                "desc", "limit", "offset", "values", "column", "check", "default");
        if (random.nextBoolean()) {
            return reserved.get(random.nextInt(reserved.size()));
        }
        String letters = "abcXYZ";
        String rest = "abcXYZ_ -$";
        StringBuilder name = new StringBuilder().append(letters.charAt(random.nextInt(letters.length())));
        int length = random.nextInt(7);
        for (int i = 0; i < length; i++) {
            name.append(rest.charAt(random.nextInt(rest.length())));
        }
        return name.toString().strip();
    }
}
