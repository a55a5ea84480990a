package io.alchemy.spring.boot.autoconfigure.schema;

import io.alchemy.exc.AlchemyException;
import java.util.List;

/** The database's schema differs from the mapped tables ({@code alchemy.ddl-auto=validate}); lists every difference. */
public class SchemaValidationException extends AlchemyException {
    private static final long serialVersionUID = 1L;

    private final List<String> differences;

    /** An exception for these differences (one line each, naming the table and column). */
    public SchemaValidationException(List<String> differences) {
        super("The database schema differs from the mapped tables in " + differences.size() + " way(s):\n - "
                + String.join("\n - ", differences));
        this.differences = List.copyOf(differences);
    }

    /** The differences, one line each. */
    public List<String> differences() {
        return differences;
    }
}
