package io.alchemy.orm.mapping;

import io.alchemy.exc.ArgumentError;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** One cascade of a {@link Relationship}: which Session operations on a parent also apply to its related objects. */
public enum Cascade {
    /** {@code add()} of the parent adds the related objects. */
    SAVE_UPDATE("save-update"),
    /** {@code merge()} of the parent merges the related objects. */
    MERGE("merge"),
    /** {@code expunge()} of the parent expunges the related objects. */
    EXPUNGE("expunge"),
    /** {@code delete()} of the parent deletes the related objects. */
    DELETE("delete"),
    /** A related object removed from its parent is deleted. */
    DELETE_ORPHAN("delete-orphan"),
    /** {@code refresh()} and {@code expire()} of the parent apply to the related objects. */
    REFRESH_EXPIRE("refresh-expire");

    private final String sqlalchemyName;

    Cascade(String sqlalchemyName) {
        this.sqlalchemyName = sqlalchemyName;
    }

    /** The name SQLAlchemy gives this cascade: {@code save-update}, {@code delete-orphan}, … */
    public String sqlalchemyName() {
        return sqlalchemyName;
    }

    /**
     * Parses SQLAlchemy's cascade text: names separated by commas; {@code all} means every cascade but
     * {@code delete-orphan}; {@code none} or empty means none. {@link ArgumentError} for an unknown name.
     */
    public static Set<Cascade> parse(String text) {
        EnumSet<Cascade> result = EnumSet.noneOf(Cascade.class);
        java.util.List<String> invalid = new java.util.ArrayList<>();
        for (String raw : text.split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.equals("none")) {
                continue;
            }
            if (name.equals("all")) {
                result.addAll(EnumSet.complementOf(EnumSet.of(DELETE_ORPHAN)));
                continue;
            }
            Arrays.stream(values()).filter(c -> c.sqlalchemyName.equals(name)).findFirst()
                    .ifPresentOrElse(result::add, () -> invalid.add(raw.trim()));
        }
        if (!invalid.isEmpty()) {
            throw new ArgumentError("Invalid cascade option(s): " + invalid.stream().sorted()
                    .map(name -> "'" + name + "'").collect(Collectors.joining(", ")) + " in \"" + text
                    + "\"; known: all, none, " + Arrays.stream(values()).map(Cascade::sqlalchemyName)
                    .collect(Collectors.joining(", ")));
        }
        if (result.contains(DELETE_ORPHAN) && !result.contains(DELETE)) {
            org.slf4j.LoggerFactory.getLogger(Cascade.class).warn("The 'delete-orphan' cascade option requires "
                    + "'delete'.");
        }
        return Set.copyOf(result);
    }
}
