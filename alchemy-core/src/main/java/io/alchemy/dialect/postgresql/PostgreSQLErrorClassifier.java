package io.alchemy.dialect.postgresql;

import io.alchemy.dialect.ErrorClassifier;

/**
 * PostgreSQL always reports a standard SQLState, which the base class reads the way psycopg2 does; nothing
 * vendor-specific is needed.
 */
public class PostgreSQLErrorClassifier extends ErrorClassifier {
}
