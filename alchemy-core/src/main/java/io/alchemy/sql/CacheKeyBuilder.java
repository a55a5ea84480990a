package io.alchemy.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects a statement's cache key in one walk of its tree: a flat list of structural tokens (node kinds, names,
 * types, table identities, list sizes) that is equal for two statements of the same shape, plus, kept apart, the
 * bound values in walk order and the names of explicitly named parameters. Objects that may appear several times
 * in one tree (aliases, subqueries, bound parameters) are keyed by their order of first appearance, so two
 * statements built the same way get equal keys even though their objects differ.
 */
public final class CacheKeyBuilder {
    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** Shared nodes looked up by a linear scan up to this many, through an identity map beyond. */
    private static final int SCANNED_SHARED = 8;

    private Object[] tokens = new Object[64];
    private int size;
    /** The shared nodes seen, in order of first appearance (their ordinals); an identity map once there are many. */
    private Object[] shared;
    private int sharedCount;
    private @Nullable Map<Object, Integer> ordinals;
    private @Nullable List<BindParameter<?>> literals;
    private @Nullable Set<String> explicitNames;

    private void token(Object token) {
        if (size == tokens.length) {
            tokens = Arrays.copyOf(tokens, size * 2);
        }
        tokens[size++] = token;
    }

    /** Appends structural tokens (strings, numbers, enums, types, tables: anything with a stable equality). */
    public CacheKeyBuilder add(Object... structure) {
        for (Object token : structure) {
            token(token == null ? NULL : token);
        }
        return this;
    }

    /** Appends one structural token (no array: the common case). */
    public CacheKeyBuilder add(@Nullable Object token) {
        token(token == null ? NULL : token);
        return this;
    }

    /**
     * Appends an object compared by identity: a table or a table's column, which live as long as their metadata and
     * stand for themselves.
     */
    public CacheKeyBuilder addIdentity(Object object) {
        token(IDENTITY_EQUALITY.get(object.getClass()) ? object : new Identity(object));
        return this;
    }

    /** Whether a class keeps Object's identity equality (then its objects are their own tokens, unwrapped). */
    private static final ClassValue<Boolean> IDENTITY_EQUALITY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("equals", Object.class).getDeclaringClass() == Object.class
                        && type.getMethod("hashCode").getDeclaringClass() == Object.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    private record Identity(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity id && id.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    /** Appends a child node's key, or a null marker. */
    public CacheKeyBuilder add(ClauseElement child) {
        if (child == null) {
            token(NULL);
        } else if (child instanceof SharedNode) {
            addShared(child);
        } else {
            token(child.getClass());
            child.addCacheKey(this);
        }
        return this;
    }

    /**
     * Appends a child whose bound values are part of the structure as well: a part of a statement some dialects
     * render with its values inline (SQLite's ON CONFLICT index predicate). The values are still extracted as
     * usual, for the dialects that bind them.
     */
    public CacheKeyBuilder addWithValues(ClauseElement child) {
        int before = literals == null ? 0 : literals.size();
        add(child);
        int after = literals == null ? 0 : literals.size();
        for (int i = before; i < after; i++) {
            Object value = literals.get(i).value();
            token(value == null ? NULL : value);
        }
        return this;
    }

    /** Appends a list of children, preceded by its size so that adjacent lists cannot be confused. */
    public CacheKeyBuilder addAll(List<? extends ClauseElement> children) {
        token(children.size());
        for (int i = 0, n = children.size(); i < n; i++) {
            add(children.get(i));
        }
        return this;
    }

    /**
     * Appends a node that may occur several times in the tree: its full key the first time, a back reference to its
     * ordinal afterwards. Returns whether this was the first time.
     */
    public boolean addShared(ClauseElement node) {
        int seen = ordinalOf(node);
        if (seen >= 0) {
            token("ref");
            token(seen);
            return false;
        }
        remember(node);
        token("def");
        token(node.getClass());
        node.addCacheKey(this);
        return true;
    }

    /** The ordinal of a shared node already seen, or -1. */
    private int ordinalOf(Object node) {
        if (ordinals != null) {
            Integer ordinal = ordinals.get(node);
            return ordinal == null ? -1 : ordinal;
        }
        for (int i = 0; i < sharedCount; i++) {
            if (shared[i] == node) {
                return i;
            }
        }
        return -1;
    }

    private void remember(Object node) {
        if (ordinals != null) {
            ordinals.put(node, ordinals.size());
            return;
        }
        if (shared == null) {
            shared = new Object[SCANNED_SHARED];
        }
        if (sharedCount < SCANNED_SHARED) {
            shared[sharedCount++] = node;
            return;
        }
        ordinals = new IdentityHashMap<>();
        for (int i = 0; i < sharedCount; i++) {
            ordinals.put(shared[i], i);
        }
        ordinals.put(node, sharedCount);
    }

    /** Records a bound value carried by the statement: extracted in walk order, never part of the key. */
    void literal(BindParameter<?> parameter) {
        if (literals == null) {
            literals = new ArrayList<>(4);
        }
        literals.add(parameter);
    }

    /** Records the name of an explicitly named parameter ({@code bindparam("x")}). */
    void explicitName(String name) {
        if (explicitNames == null) {
            explicitNames = new LinkedHashSet<>();
        }
        explicitNames.add(name);
    }

    /** The finished key. */
    StatementKey build() {
        return new StatementKey(new StructureKey(tokens, size), literals == null ? List.of() : List.copyOf(literals),
                explicitNames == null ? Set.of() : Set.copyOf(explicitNames));
    }
}
