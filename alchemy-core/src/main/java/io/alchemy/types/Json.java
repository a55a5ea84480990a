package io.alchemy.types;

/**
 * A small JSON codec for {@link JsonType} values: {@code Map<String, ?>} (objects), {@code List} / arrays
 * (arrays), {@code String}, {@code Number}, {@code Boolean} and {@code null}. Parsing gives {@code LinkedHashMap},
 * {@code ArrayList}, {@code Integer} / {@code Long} / {@code BigInteger} for whole numbers (the smallest that fits)
 * and {@code Double} for the others.
 */
public final class Json {
    private Json() {
    }

    /** The JSON text of a value; {@link io.alchemy.exc.ArgumentError} naming the first value JSON cannot hold. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        JsonWriter.write(value, out);
        return out.toString();
    }

    /** The value of a JSON text; {@link io.alchemy.exc.ArgumentError} with the position of the first error. */
    public static Object parse(String text) {
        return new JsonParser(text).parseDocument();
    }
}
