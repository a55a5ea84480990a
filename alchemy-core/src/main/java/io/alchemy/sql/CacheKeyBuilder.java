package io.alchemy.sql;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final List<Object> tokens = new ArrayList<>();
    private final Map<Object, Integer> ordinals = new IdentityHashMap<>();
    private final List<BindParameter<?>> literals = new ArrayList<>();
    private final Set<String> explicitNames = new LinkedHashSet<>();

    /** Appends structural tokens (strings, numbers, enums, types, tables: anything with a stable equality). */
    public CacheKeyBuilder add(Object... structure) {
        for (Object token : structure) {
            tokens.add(token == null ? NULL : token);
        }
        return this;
    }

    /**
     * Appends an object compared by identity: a table or a table's column, which live as long as their metadata and
     * stand for themselves.
     */
    public CacheKeyBuilder addIdentity(Object object) {
        tokens.add(IDENTITY_EQUALITY.get(object.getClass()) ? object : new Identity(object));
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
            tokens.add(NULL);
        } else if (child instanceof SharedNode) {
            addShared(child);
        } else {
            tokens.add(child.getClass());
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
        int before = literals.size();
        add(child);
        for (BindParameter<?> parameter : List.copyOf(literals.subList(before, literals.size()))) {
            tokens.add(parameter.value() == null ? NULL : parameter.value());
        }
        return this;
    }

    /** Appends a list of children, preceded by its size so that adjacent lists cannot be confused. */
    public CacheKeyBuilder addAll(List<? extends ClauseElement> children) {
        tokens.add(children.size());
        for (ClauseElement child : children) {
            add(child);
        }
        return this;
    }

    /**
     * Appends a node that may occur several times in the tree: its full key the first time, a back reference to its
     * ordinal afterwards. Returns whether this was the first time.
     */
    public boolean addShared(ClauseElement node) {
        Integer seen = ordinals.get(node);
        if (seen != null) {
            tokens.add("ref");
            tokens.add(seen);
            return false;
        }
        int ordinal = ordinals.size();
        ordinals.put(node, ordinal);
        tokens.add("def");
        tokens.add(node.getClass());
        node.addCacheKey(this);
        return true;
    }

    /** Records a bound value carried by the statement: extracted in walk order, never part of the key. */
    void literal(BindParameter<?> parameter) {
        literals.add(parameter);
    }

    /** Records the name of an explicitly named parameter ({@code bindparam("x")}). */
    void explicitName(String name) {
        explicitNames.add(name);
    }

    /** The finished key. */
    StatementKey build() {
        return new StatementKey(new StructureKey(tokens.toArray()), List.copyOf(literals), Set.copyOf(explicitNames));
    }
}
