package io.alchemy.dialect.h2;

import io.alchemy.dialect.ErrorClassifier;

/** The H2 dialect's ErrorClassifier. */
public class H2ErrorClassifier extends ErrorClassifier {
}
