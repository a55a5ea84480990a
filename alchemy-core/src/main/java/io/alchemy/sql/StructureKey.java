package io.alchemy.sql;

import java.util.Arrays;

/**
 * The structural part of a statement's cache key: the tokens of one walk of its tree, compared element by element,
 * with the hash computed once (an engine's cache hashes the key at every execution of the statement).
 */
final class StructureKey {
    private final Object[] tokens;
    private final int hash;

    StructureKey(Object[] tokens) {
        this.tokens = tokens;
        this.hash = Arrays.hashCode(tokens);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof StructureKey key && key.hash == hash && Arrays.equals(key.tokens, tokens);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(tokens);
    }
}
