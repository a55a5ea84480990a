package io.alchemy.dialect;

/** TODO(owner: see docs/design) — base TypeCompiler; dialects subclass it and override hooks. */
public class TypeCompiler {
}
