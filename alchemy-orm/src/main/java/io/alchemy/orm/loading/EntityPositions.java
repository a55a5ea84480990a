package io.alchemy.orm.loading;

import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.schema.Column;
import java.util.Arrays;
import java.util.List;

/**
 * Where a mapper's columns are in a row: one position per column property, in column property order, then one per
 * subclass column the mapper's SELECTs read inline (single-table inheritance).
 */
public final class EntityPositions {
    private EntityPositions() {
    }

    /**
     * The columns side by side from {@code offset}, as {@link EntityLoader#byIdentity} and the loaders select them:
     * the mapper's, then the subclass columns read inline (shared for offset 0: do not change).
     */
    public static int[] contiguous(Mapper<?> mapper, int offset) {
        return EntityRowReader.of(mapper).withInline(offset);
    }

    /** The mapper's own columns side by side from {@code offset}, no subclass column (shared for 0: do not change). */
    static int[] own(Mapper<?> mapper, int offset) {
        return EntityRowReader.of(mapper).contiguous(offset);
    }

    /**
     * The positions of the mapper's columns in a row of {@code columns} (matched by column), from {@code offset}; with
     * the subclass columns read inline when {@code columns} holds them all.
     */
    static int[] of(Mapper<?> mapper, List<? extends Column<?>> columns, int offset) {
        List<ColumnProperty> properties = mapper.columnProperties();
        ColumnProperty[] inline = EntityRowReader.of(mapper).inline();
        int[] positions = new int[properties.size() + inline.length];
        for (int i = 0; i < properties.size(); i++) {
            positions[i] = offset + columns.indexOf(properties.get(i).column());
        }
        for (int k = 0; k < inline.length; k++) {
            int at = columns.indexOf(inline[k].column());
            if (at < 0) {
                return Arrays.copyOf(positions, properties.size());
            }
            positions[properties.size() + k] = offset + at;
        }
        return positions;
    }

    /** The columns of {@code mapper}'s SELECTs: its own, then the subclass columns it reads inline. */
    static List<Column<?>> selected(Mapper<?> mapper) {
        List<Column<?>> columns = new java.util.ArrayList<>();
        mapper.columnProperties().forEach(p -> columns.add(p.column()));
        for (ColumnProperty property : EntityRowReader.of(mapper).inline()) {
            columns.add(property.column());
        }
        return columns;
    }
}
