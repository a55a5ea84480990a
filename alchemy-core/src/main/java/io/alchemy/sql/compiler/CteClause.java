package io.alchemy.sql.compiler;

import io.alchemy.sql.Cte;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The WITH clause of one compilation: each CTE referred to anywhere in the statement, defined once, in the order
 * their definitions complete (a CTE used by another comes first), rendered at the top of the statement:
 * {@code WITH anon_1 AS \n(SELECT …)\n SELECT …}.
 */
final class CteClause {
    private final @org.jspecify.annotations.Nullable CteClause enclosing;
    private final Map<Object, Cte> started = new IdentityHashMap<>();
    private final Map<Object, Definition> definitions = new LinkedHashMap<>();

    /** One CTE's definition: its name, column names and body. */
    private record Definition(String name, List<String> columnNames, String body, boolean recursive) {
        String render(boolean columnList) {
            String head = columnList ? name + "(" + String.join(", ", columnNames) + ")" : name;
            return head + " AS \n(" + body + ")";
        }
    }
    private boolean recursive;

    /** The WITH clause of the whole statement. */
    CteClause() {
        this(null);
    }

    /** The WITH clause of a SELECT nested in one whose WITH clause is {@code enclosing}. */
    CteClause(@org.jspecify.annotations.Nullable CteClause enclosing) {
        this.enclosing = enclosing;
    }

    /**
     * Whether {@code cte} has to be defined here: neither this WITH clause nor an enclosing one defines it (its
     * name is visible inside nested SELECTs), or the one defined is an earlier form of it that {@code cte} restates
     * (a recursive CTE's first SELECT, where {@code cte} is its UNION), whose definition it then replaces in place.
     */
    boolean needsDefinition(Cte cte) {
        for (CteClause clause = this; clause != null; clause = clause.enclosing) {
            Cte defined = clause.started.get(cte.nameIdentity());
            if (defined != null) {
                return clause == this && cte.restates(defined);
            }
        }
        return true;
    }

    /** Whether this WITH clause or an enclosing one defines (or is defining) a CTE of {@code cte}'s identity. */
    boolean defines(Cte cte) {
        for (CteClause clause = this; clause != null; clause = clause.enclosing) {
            if (clause.started.containsKey(cte.nameIdentity())) {
                return true;
            }
        }
        return false;
    }

    /** Marks {@code cte} as being defined, so that references inside its own body stay references. */
    void begin(Cte cte) {
        started.put(cte.nameIdentity(), cte);
        // a restated CTE's definition replaces the earlier one in its place, before the CTEs that refer to it
    }

    /** Adds a finished definition. */
    void define(Cte cte, String name, List<String> columnNames, String body) {
        definitions.put(cte.nameIdentity(), new Definition(name, columnNames, body, cte.isRecursive()));
        recursive |= cte.isRecursive();
    }

    /**
     * The WITH clause, or nothing. A recursive CTE lists its column names; with {@code allColumnLists} every CTE of
     * a {@code WITH RECURSIVE} does (H2 requires it).
     */
    String render(boolean allColumnLists) {
        if (definitions.isEmpty()) {
            return "";
        }
        List<String> rendered = new ArrayList<>();
        for (Definition definition : definitions.values()) {
            rendered.add(definition.render(definition.recursive() || recursive && allColumnLists));
        }
        return "WITH " + (recursive ? "RECURSIVE " : "") + String.join(", \n", rendered) + "\n ";
    }
}
