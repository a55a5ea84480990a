package io.alchemy.dialect.postgresql;

import io.alchemy.dialect.ErrorClassifier;

/** The PostgreSQL dialect's ErrorClassifier. */
public class PostgreSQLErrorClassifier extends ErrorClassifier {
}
