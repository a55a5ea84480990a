package io.alchemy.orm.conformance.model.m2oone;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** M2OCascadeDeleteOrphanTestOne: Extra. */
@Mapped(table = "extra")
public class Extra {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "prefs.id") @Nullable Integer prefsId;

    public Extra() {
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getPrefsId() {
        return prefsId;
    }

    public void setPrefsId(@Nullable Integer prefsId) {
        this.prefsId = prefsId;
    }

    @Override
    public String toString() {
        return "Extra(id=" + id + ", prefsId=" + prefsId + ")";
    }
}
