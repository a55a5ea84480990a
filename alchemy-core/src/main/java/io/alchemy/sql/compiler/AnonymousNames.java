package io.alchemy.sql.compiler;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * SQLAlchemy's anonymous names for one compilation: {@code <base>_<n>}, numbered per base in order of first use
 * ({@code name_1}, {@code name_2}, {@code anon_1}, {@code user_account_1}). The same object asking again with the
 * same base gets the same name, so an element rendered twice (a label in the columns clause and in a subquery's
 * column reference) keeps one name.
 */
final class AnonymousNames {
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<Object, Map<String, String>> assigned = new IdentityHashMap<>();

    String name(Object owner, String base) {
        Map<String, String> byBase = assigned.computeIfAbsent(owner, k -> new HashMap<>());
        String existing = byBase.get(base);
        if (existing != null) {
            return existing;
        }
        int next = counters.merge(base, 1, Integer::sum);
        String name = base + "_" + next;
        byBase.put(base, name);
        return name;
    }
}
