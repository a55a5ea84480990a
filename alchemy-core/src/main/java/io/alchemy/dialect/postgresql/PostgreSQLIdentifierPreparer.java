package io.alchemy.dialect.postgresql;

import io.alchemy.dialect.IdentifierPreparer;

/** The PostgreSQL dialect's IdentifierPreparer. */
public class PostgreSQLIdentifierPreparer extends IdentifierPreparer {
}
