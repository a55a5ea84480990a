package io.alchemy.orm.persistence;

import io.alchemy.schema.ForeignKey;
import io.alchemy.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders tables so that each comes after the tables its foreign keys refer to (a flush inserts in this order and
 * deletes in the reverse); tables in a cycle keep the order they were given in.
 */
final class TableOrder {
    private TableOrder() {
    }

    static List<Table> sort(Collection<Table> tables) {
        List<Table> remaining = new ArrayList<>(new LinkedHashSet<>(tables));
        List<Table> sorted = new ArrayList<>(remaining.size());
        while (!remaining.isEmpty()) {
            Table next = remaining.stream().filter(t -> dependsOnNone(t, remaining)).findFirst().orElse(remaining.get(0));
            remaining.remove(next);
            sorted.add(next);
        }
        return sorted;
    }

    private static boolean dependsOnNone(Table table, List<Table> others) {
        Set<Table> referenced = new LinkedHashSet<>();
        for (ForeignKey fk : table.foreignKeys()) {
            for (Table other : others) {
                if (other != table && fk.references(other)) {
                    referenced.add(other);
                }
            }
        }
        return referenced.isEmpty();
    }
}
