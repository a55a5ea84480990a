package io.alchemy.schema;

import java.util.List;

/** UNIQUE over one or more columns: {@code uniqueConstraint("name", "fullname")}. */
public final class UniqueConstraint extends ColumnCollectionConstraint {

    public UniqueConstraint(List<String> columnNames, String name) {
        super(columnNames, name);
    }

    /** A unique constraint over these columns. */
    public static UniqueConstraint of(String... columnNames) {
        return new UniqueConstraint(List.of(columnNames), null);
    }

    /** The same constraint with a name. */
    public UniqueConstraint name(String constraintName) {
        return new UniqueConstraint(columnNames(), constraintName);
    }
}
