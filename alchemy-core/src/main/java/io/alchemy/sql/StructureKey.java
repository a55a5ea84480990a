package io.alchemy.sql;

import java.util.Arrays;

/**
 * The structural part of a statement's cache key: the tokens of one walk of its tree, compared element by element,
 * with the hash computed once (an engine's cache hashes the key at every execution of the statement).
 */
final class StructureKey {
    private final Object[] tokens;
    private final int length;
    private final int hash;

    /** The first {@code length} elements of {@code tokens} (the builder's array, handed over: never changed after). */
    StructureKey(Object[] tokens, int length) {
        this.tokens = tokens;
        this.length = length;
        int h = 1;
        for (int i = 0; i < length; i++) {
            h = 31 * h + tokens[i].hashCode();
        }
        this.hash = h;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof StructureKey key && key.hash == hash && key.length == length
                && Arrays.equals(key.tokens, 0, length, tokens, 0, length);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(Arrays.copyOf(tokens, length));
    }
}
