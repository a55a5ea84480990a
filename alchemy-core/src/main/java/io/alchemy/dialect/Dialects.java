package io.alchemy.dialect;

import io.alchemy.exc.ArgumentError;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds the {@link Dialect} for a JDBC URL, a database product name or a dialect name, through ServiceLoader. */
public final class Dialects {
    private static final List<Dialect> KNOWN = ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).toList();

    private Dialects() {
    }

    /** Every dialect on the class path. */
    public static List<Dialect> all() {
        return KNOWN;
    }

    /** The dialect for a JDBC URL; {@link ArgumentError} naming the URL when none accepts it. */
    public static Dialect forUrl(String jdbcUrl) {
        return KNOWN.stream().filter(d -> d.acceptsUrl(jdbcUrl)).findFirst()
                .orElseThrow(() -> new ArgumentError("No dialect for JDBC URL '" + jdbcUrl + "'; known dialects: " + names()));
    }

    /** The dialect for a {@code DatabaseMetaData.getDatabaseProductName()} value. */
    public static Dialect forProduct(String productName) {
        return KNOWN.stream().filter(d -> d.acceptsProduct(productName)).findFirst()
                .orElseThrow(() -> new ArgumentError("No dialect for database product '" + productName + "'; known dialects: " + names()));
    }

    /** The dialect with a {@link Dialect#name()}. */
    public static Dialect byName(String name) {
        return KNOWN.stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new ArgumentError("No dialect named '" + name + "'; known dialects: " + names()));
    }

    private static String names() {
        return KNOWN.stream().map(Dialect::name).collect(Collectors.joining(", "));
    }
}
