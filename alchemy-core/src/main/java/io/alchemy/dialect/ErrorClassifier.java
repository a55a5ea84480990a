package io.alchemy.dialect;

/** TODO(owner: see docs/design) — base ErrorClassifier; dialects subclass it and override hooks. */
public class ErrorClassifier {
}
