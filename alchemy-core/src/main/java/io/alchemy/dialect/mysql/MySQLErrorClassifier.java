package io.alchemy.dialect.mysql;

import io.alchemy.dialect.ErrorClassifier;

/** The MySQL dialect's ErrorClassifier. */
public class MySQLErrorClassifier extends ErrorClassifier {
}
