package io.alchemy.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders tables so that each comes after the tables its foreign keys refer to (ties keep declaration order). The
 * foreign keys that form a cycle between tables cannot be satisfied by any order: they are reported as
 * {@link Sorted#cycleConstraints()}, to be added with ALTER TABLE once all tables exist. Self-references need
 * nothing. References to tables outside the given list are ignored.
 */
final class TableSorter {

    /**
     * The sort result.
     *
     * @param tables the tables in creation order
     * @param cycleConstraints the foreign key constraints that close a dependency cycle (or are declared useAlter)
     */
    record Sorted(List<Table> tables, Set<ForeignKeyConstraint> cycleConstraints) {
    }

    private final List<Table> tables;
    private final Map<Table, Integer> position = new HashMap<>();
    private final Map<Table, Integer> component = new HashMap<>();

    private TableSorter(List<Table> tables) {
        this.tables = tables;
        for (int i = 0; i < tables.size(); i++) {
            position.put(tables.get(i), i);
        }
    }

    static Sorted sort(List<Table> tables) {
        return new TableSorter(tables).run();
    }

    private Sorted run() {
        new Tarjan().run();
        Set<ForeignKeyConstraint> deferred = new LinkedHashSet<>();
        for (Table table : tables) {
            for (ForeignKeyConstraint fk : table.foreignKeyConstraints()) {
                Table target = target(fk);
                if (target != null && target != table && (fk.isUseAlter() || component.get(target).equals(component.get(table)))) {
                    deferred.add(fk);
                }
            }
        }
        return new Sorted(topological(deferred), deferred);
    }

    /** Kahn's algorithm, always taking the earliest-declared ready table. */
    private List<Table> topological(Set<ForeignKeyConstraint> ignored) {
        Map<Table, Set<Table>> waitingOn = new HashMap<>();
        for (Table table : tables) {
            waitingOn.put(table, new LinkedHashSet<>(dependencies(table, ignored)));
        }
        List<Table> order = new ArrayList<>();
        Set<Table> done = new LinkedHashSet<>();
        while (order.size() < tables.size()) {
            Table next = null;
            for (Table table : tables) {
                if (!done.contains(table) && done.containsAll(waitingOn.get(table))) {
                    next = table;
                    break;
                }
            }
            if (next == null) {
                throw new IllegalStateException("dependency cycle left after removing cycle constraints");
            }
            done.add(next);
            order.add(next);
        }
        return order;
    }

    private List<Table> dependencies(Table table, Set<ForeignKeyConstraint> ignored) {
        List<Table> deps = new ArrayList<>();
        for (ForeignKeyConstraint fk : table.foreignKeyConstraints()) {
            Table target = target(fk);
            if (target != null && target != table && !ignored.contains(fk)) {
                deps.add(target);
            }
        }
        return deps;
    }

    private Table target(ForeignKeyConstraint fk) {
        Table target = fk.table().metadata().tables().get(fk.referredTableKey());
        return target != null && position.containsKey(target) ? target : null;
    }

    /** Tarjan's strongly connected components over the foreign key graph (recursive: schemas are shallow). */
    private final class Tarjan {
        private final Map<Table, Integer> index = new HashMap<>();
        private final Map<Table, Integer> low = new HashMap<>();
        private final Deque<Table> stack = new ArrayDeque<>();
        private final Set<Table> onStack = new LinkedHashSet<>();
        private int counter;
        private int components;

        void run() {
            for (Table table : tables) {
                if (!index.containsKey(table)) {
                    visit(table);
                }
            }
        }

        private void visit(Table table) {
            index.put(table, counter);
            low.put(table, counter++);
            stack.push(table);
            onStack.add(table);
            for (Table next : dependencies(table, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(table, Math.min(low.get(table), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(table, Math.min(low.get(table), index.get(next)));
                }
            }
            if (low.get(table).equals(index.get(table))) {
                Table member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.put(member, components);
                } while (member != table);
                components++;
            }
        }
    }
}
