package io.alchemy.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders statement parameters as SQLAlchemy's echo does: a tuple for one execution ({@code (2,)}, {@code ()}),
 * a list of tuples for executemany ({@code [(1, 1), (2, 4)]}); more than 10 sets show the first 8 and the last 2,
 * more than 100 values in a tuple the first and last 50; each value's repr is cut to 300 characters.
 */
final class ParameterRepr {
    static final int MAX_CHARS = 300;
    static final int MAX_SETS = 10;
    static final int MAX_PARAMS = 100;

    private ParameterRepr() {
    }

    /**
     * One execution's parameters as a tuple; more than {@value #MAX_PARAMS} values (an insertmanyvalues batch) show
     * the first and last {@code MAX_PARAMS / 2} around a count of the others.
     */
    static String single(List<?> values) {
        if (values.size() > MAX_PARAMS) {
            int half = MAX_PARAMS / 2;
            return "(" + reprs(values.subList(0, half)) + " ... " + (values.size() - MAX_PARAMS)
                    + " parameters truncated ... " + reprs(values.subList(values.size() - half, values.size())) + ")";
        }
        List<String> reprs = new ArrayList<>(values.size());
        for (Object value : values) {
            reprs.add(truncate(PythonRepr.of(value)));
        }
        return tupleOf(reprs);
    }

    private static String reprs(List<?> values) {
        List<String> reprs = new ArrayList<>(values.size());
        for (Object value : values) {
            reprs.add(truncate(PythonRepr.of(value)));
        }
        return String.join(", ", reprs);
    }

    /** Several parameter sets, as a list of tuples. */
    static String multi(List<? extends List<?>> sets) {
        if (sets.size() <= MAX_SETS) {
            return "[" + join(sets) + "]";
        }
        return "[" + join(sets.subList(0, MAX_SETS - 2)) + "  ... displaying " + MAX_SETS + " of " + sets.size()
                + " total bound parameter sets ...  " + join(sets.subList(sets.size() - 2, sets.size())) + "]";
    }

    /** A repr cut to {@value #MAX_CHARS} characters: the first and last 150 around a count of what was cut. */
    static String truncate(String repr) {
        if (repr.length() <= MAX_CHARS) {
            return repr;
        }
        return repr.substring(0, MAX_CHARS / 2) + " ... (" + (repr.length() - MAX_CHARS) + " characters truncated) ... "
                + repr.substring(repr.length() - MAX_CHARS / 2);
    }

    private static String join(List<? extends List<?>> sets) {
        StringBuilder out = new StringBuilder();
        for (List<?> set : sets) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(single(set));
        }
        return out.toString();
    }

    private static String tupleOf(List<String> reprs) {
        if (reprs.size() == 1) {
            return "(" + reprs.get(0) + ",)";
        }
        return "(" + String.join(", ", reprs) + ")";
    }
}
