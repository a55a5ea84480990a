package io.alchemy.sql.compiler;

import io.alchemy.sql.Cte;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The WITH clause of one compilation: each CTE referred to anywhere in the statement, defined once, in the order
 * their definitions complete (a CTE used by another comes first), rendered at the top of the statement:
 * {@code WITH anon_1 AS \n(SELECT …)\n SELECT …}.
 */
final class CteClause {
    private final Set<Object> started = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> definitions = new ArrayList<>();
    private boolean recursive;

    /** Whether {@code cte} has not been defined (nor is being defined). */
    boolean needsDefinition(Cte cte) {
        return !started.contains(cte.nameIdentity());
    }

    /** Marks {@code cte} as being defined, so that references inside its own body stay references. */
    void begin(Cte cte) {
        started.add(cte.nameIdentity());
    }

    /** Adds a finished definition. */
    void define(Cte cte, String name, List<String> columnNames, String body) {
        String head = cte.isRecursive() ? name + "(" + String.join(", ", columnNames) + ")" : name;
        definitions.add(head + " AS \n(" + body + ")");
        recursive |= cte.isRecursive();
    }

    /** The WITH clause, or nothing. */
    String render() {
        if (definitions.isEmpty()) {
            return "";
        }
        return "WITH " + (recursive ? "RECURSIVE " : "") + String.join(", \n", definitions) + "\n ";
    }
}
