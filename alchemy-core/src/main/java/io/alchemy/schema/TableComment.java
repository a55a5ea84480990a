package io.alchemy.schema;

/**
 * A table's comment, given among the elements of {@link MetaData#table}: {@code tableComment("Registered users")}.
 *
 * @param text the comment
 */
public record TableComment(String text) implements TableElement {
    public TableComment {
        if (text == null) {
            throw new io.alchemy.exc.ArgumentError("A table comment needs text");
        }
    }
}
