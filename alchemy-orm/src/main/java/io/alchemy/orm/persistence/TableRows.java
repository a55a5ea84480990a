package io.alchemy.orm.persistence;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.MapperHierarchy;
import io.alchemy.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flush's view of inheritance: an object of a joined-table subclass is a row in each of its tables (written by
 * one table mapper each, the base table's first, as SQLAlchemy writes them), objects of several classes sharing a
 * table are written by their own class's mapper in runs that keep the flush order, and a new object gets its class's
 * discriminator value.
 */
final class TableRows {
    private TableRows() {
    }

    /** The states by each table they write, in order of first appearance; one table per state outside hierarchies. */
    static Map<Table, List<InstanceState>> byTable(List<InstanceState> states) {
        Map<Table, List<InstanceState>> grouped = new LinkedHashMap<>();
        for (InstanceState state : states) {
            MapperHierarchy hierarchy = state.mapper().hierarchy();
            if (hierarchy == null) {
                grouped.computeIfAbsent(state.mapper().table(), t -> new ArrayList<>()).add(state);
                continue;
            }
            for (Mapper<?> tableMapper : hierarchy.tableMappers()) {
                grouped.computeIfAbsent(tableMapper.table(), t -> new ArrayList<>()).add(state);
            }
        }
        return grouped;
    }

    /** A run of consecutive states written to one table by one mapper. */
    record Run(Mapper<?> mapper, List<InstanceState> states) {
    }

    /** The states of one table as runs of the same class, in the order given. */
    static List<Run> runs(Table table, List<InstanceState> states) {
        List<Run> runs = new ArrayList<>();
        for (InstanceState state : states) {
            Mapper<?> writer = writerOf(state.mapper(), table);
            if (runs.isEmpty() || runs.get(runs.size() - 1).mapper != writer) {
                runs.add(new Run(writer, new ArrayList<>()));
            }
            runs.get(runs.size() - 1).states.add(state);
        }
        return runs;
    }

    private static Mapper<?> writerOf(Mapper<?> mapper, Table table) {
        if (mapper.hierarchy() == null) {
            return mapper;
        }
        for (Mapper<?> tableMapper : mapper.hierarchy().tableMappers()) {
            if (tableMapper.table() == table) {
                return tableMapper;
            }
        }
        return mapper;
    }

    /** Sets a new object's discriminator to its class's identity: the class, not the field, says what the row is. */
    static void assignIdentity(InstanceState state) {
        MapperHierarchy hierarchy = state.mapper().hierarchy();
        if (hierarchy == null || hierarchy.identity() == null) {
            return;
        }
        ColumnProperty discriminator = state.mapper().columnProperty(hierarchy.discriminator().name());
        if (!hierarchy.identity().equals(discriminator.get(state.object()))) {
            discriminator.set(state.object(), hierarchy.identity());
        }
    }

    /**
     * Whether a write by {@code mapper} completes the object's row (its Session state then changes): always outside
     * joined inheritance; for a joined subclass, the last table written: its own table for INSERT and UPDATE, the
     * base table for DELETE.
     */
    static boolean completes(Mapper<?> mapper, boolean delete) {
        Mapper.SliceRole role = mapper.sliceRole();
        return role == null || (delete ? role == Mapper.SliceRole.BASE : role == Mapper.SliceRole.LOCAL);
    }
}
