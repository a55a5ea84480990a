package io.alchemy.dialect.mysql;

import io.alchemy.dialect.IdentifierPreparer;

/** The MySQL dialect's IdentifierPreparer. */
public class MySQLIdentifierPreparer extends IdentifierPreparer {
}
