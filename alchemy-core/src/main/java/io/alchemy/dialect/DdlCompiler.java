package io.alchemy.dialect;

/** TODO(owner: see docs/design) — base DdlCompiler; dialects subclass it and override hooks. */
public class DdlCompiler {
}
