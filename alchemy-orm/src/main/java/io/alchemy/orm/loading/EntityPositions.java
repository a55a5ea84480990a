package io.alchemy.orm.loading;

import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.schema.Column;
import java.util.List;

/** Where a mapper's columns are in a row: one position per column property, in column property order. */
public final class EntityPositions {
    private EntityPositions() {
    }

    /** The columns side by side from {@code offset}, in column property order. */
    public static int[] contiguous(Mapper<?> mapper, int offset) {
        int[] positions = new int[mapper.columnProperties().size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = offset + i;
        }
        return positions;
    }

    /** The positions of the mapper's columns in a row of {@code columns} (matched by column), from {@code offset}. */
    static int[] of(Mapper<?> mapper, List<? extends Column<?>> columns, int offset) {
        List<ColumnProperty> properties = mapper.columnProperties();
        int[] positions = new int[properties.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = offset + columns.indexOf(properties.get(i).column());
        }
        return positions;
    }
}
