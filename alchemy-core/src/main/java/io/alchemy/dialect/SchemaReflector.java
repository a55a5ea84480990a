package io.alchemy.dialect;

/** TODO(owner: see docs/design) — base SchemaReflector; dialects subclass it and override hooks. */
public class SchemaReflector {
}
