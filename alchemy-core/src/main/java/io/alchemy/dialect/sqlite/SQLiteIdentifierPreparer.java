package io.alchemy.dialect.sqlite;

import io.alchemy.dialect.IdentifierPreparer;

/** The SQLite dialect's IdentifierPreparer. */
public class SQLiteIdentifierPreparer extends IdentifierPreparer {
}
