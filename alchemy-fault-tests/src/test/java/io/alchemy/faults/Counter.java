package io.alchemy.faults;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Version;

/** A counter guarded by a version column: concurrent increments conflict instead of overwriting each other. */
@Mapped
public class Counter {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn long total;
    @Version int version;

    protected Counter() {
    }

    public Counter(int id) {
        this.id = id;
    }

    public long getTotal() {
        return total;
    }

    public void increment() {
        total++;
    }
}
