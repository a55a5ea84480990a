package io.alchemy.dialect.postgresql;

import io.alchemy.dialect.IdentifierPreparer;
import java.util.Set;

/** Double quotes and PostgreSQL's reserved key words. */
public class PostgreSQLIdentifierPreparer extends IdentifierPreparer {
    private static final Set<String> RESERVED = words("""
            authorization binary collation concurrently current_catalog current_schema freeze ilike isnull join
            natural notnull overlaps similar tablesample verbose""");

    public PostgreSQLIdentifierPreparer() {
        super('"', '"', RESERVED);
    }
}
