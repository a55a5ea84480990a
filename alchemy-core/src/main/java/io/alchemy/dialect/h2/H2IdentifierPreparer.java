package io.alchemy.dialect.h2;

import io.alchemy.dialect.IdentifierPreparer;

/** The H2 dialect's IdentifierPreparer. */
public class H2IdentifierPreparer extends IdentifierPreparer {
}
