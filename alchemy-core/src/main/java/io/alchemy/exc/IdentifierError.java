package io.alchemy.exc;

/**
 * An identifier (table, column, index, constraint name) is longer than the database allows (SQLAlchemy's
 * {@code sqlalchemy.exc.IdentifierError}); raised when the DDL or statement is compiled, instead of letting the
 * database truncate the name.
 */
public class IdentifierError extends AlchemyException {
    private static final long serialVersionUID = 1L;

    public IdentifierError(String message) {
        super(message);
    }
}
