package io.alchemy.orm.persistence;

import static io.alchemy.Alchemy.bindparam;

import io.alchemy.engine.Connection;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.loading.RelatedQuery;
import io.alchemy.orm.mapping.JoinPair;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.schema.Column;
import io.alchemy.schema.Table;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Delete;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of many-to-many association ({@code secondary}) tables a flush adds and removes: one row per pair of
 * related objects, its columns from both objects' keys. Both sides of a {@code backPopulates} pair may report the
 * same change; each row is written once. Removals are written before additions, each as one executemany per table.
 */
final class AssociationRows {
    private record Pair(RelationshipProperty relationship, InstanceState parent, InstanceState child) {
    }

    private final List<Pair> added = new ArrayList<>();
    private final List<Pair> removed = new ArrayList<>();

    void add(RelationshipProperty relationship, InstanceState parent, InstanceState child) {
        added.add(new Pair(relationship, parent, child));
    }

    void remove(RelationshipProperty relationship, InstanceState parent, InstanceState child) {
        removed.add(new Pair(relationship, parent, child));
    }

    /** Writes the rows, each pair's through the connection of its parent object (association rows go with it). */
    void write(java.util.function.Function<InstanceState, Connection> connections) {
        Map<Connection, List<Pair>> addedBy = byConnection(added, connections);
        Map<Connection, List<Pair>> removedBy = byConnection(removed, connections);
        Set<Connection> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Connection> order = new ArrayList<>();
        for (Connection c : removedBy.keySet()) {
            if (all.add(c)) {
                order.add(c);
            }
        }
        for (Connection c : addedBy.keySet()) {
            if (all.add(c)) {
                order.add(c);
            }
        }
        for (Connection connection : order) {
            write(connection, addedBy.getOrDefault(connection, List.of()), removedBy.getOrDefault(connection, List.of()));
        }
    }

    private static Map<Connection, List<Pair>> byConnection(List<Pair> pairs,
            java.util.function.Function<InstanceState, Connection> connections) {
        Map<Connection, List<Pair>> grouped = new java.util.IdentityHashMap<>();
        for (Pair pair : pairs) {
            grouped.computeIfAbsent(connections.apply(pair.parent), c -> new ArrayList<>()).add(pair);
        }
        return grouped;
    }

    private static void write(Connection connection, List<Pair> added, List<Pair> removed) {
        Map<Table, Set<Map<String, Object>>> deletes = rows(removed);
        Map<Table, Set<Map<String, Object>>> inserts = rows(added);
        deletes.forEach((table, rows) -> {
            Set<Map<String, Object>> kept = inserts.getOrDefault(table, Set.of());
            List<Map<String, Object>> gone = rows.stream().filter(r -> !kept.contains(r)).toList();
            if (!gone.isEmpty()) {
                connection.execute(deleteFrom(table, gone.get(0).keySet()), gone);
            }
            inserts.getOrDefault(table, new LinkedHashSet<>()).removeAll(rows);
        });
        inserts.forEach((table, rows) -> {
            if (!rows.isEmpty()) {
                connection.execute(io.alchemy.Alchemy.insert(table), List.copyOf(rows));
            }
        });
    }

    /** The association rows of the pairs, by table, in a canonical column order so both sides' rows compare equal. */
    private static Map<Table, Set<Map<String, Object>>> rows(List<Pair> pairs) {
        Map<Table, Set<Map<String, Object>>> byTable = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            RelationshipProperty relationship = pair.relationship;
            Map<String, Object> values = new java.util.TreeMap<>();
            for (JoinPair join : relationship.pairs()) {
                values.put(join.referencing().key(), RelatedQuery.valueOf(pair.parent, join.referenced()));
            }
            for (JoinPair join : relationship.secondaryPairs()) {
                values.put(join.referencing().key(), RelatedQuery.valueOf(pair.child, join.referenced()));
            }
            byTable.computeIfAbsent(relationship.secondary(), t -> new LinkedHashSet<>()).add(ordered(relationship.secondary(), values));
        }
        return byTable;
    }

    private static Map<String, Object> ordered(Table table, Map<String, Object> values) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (Column<?> column : table.tableColumns()) {
            if (values.containsKey(column.key())) {
                ordered.put(column.key(), values.get(column.key()));
            }
        }
        return ordered;
    }

    private static Delete deleteFrom(Table table, Set<String> keys) {
        List<ColumnElement<?>> criteria = new ArrayList<>();
        for (String key : keys) {
            Column<?> column = table.c(key);
            criteria.add(column.eq(bindparam(key, column.type())));
        }
        return io.alchemy.Alchemy.delete(table).where(criteria.toArray(ColumnElement<?>[]::new));
    }
}
