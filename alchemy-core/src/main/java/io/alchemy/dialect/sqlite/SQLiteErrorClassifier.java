package io.alchemy.dialect.sqlite;

import io.alchemy.dialect.ErrorClassifier;

/** The SQLite dialect's ErrorClassifier. */
public class SQLiteErrorClassifier extends ErrorClassifier {
}
