package io.alchemy.dialect;

/** TODO(owner: see docs/design) — base IdentifierPreparer; dialects subclass it and override hooks. */
public class IdentifierPreparer {
}
