package io.alchemy.orm.conformance.model.m2oone;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** M2OCascadeDeleteOrphanTestOne: Pref. */
@Mapped(table = "prefs")
public class Pref {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 40) @Nullable String data;
    @Relationship(cascade = "all, delete", orderBy = "id") List<Extra> extra = new ArrayList<>();

    public Pref() {
    }

    public Pref(@Nullable String data) {
        this.data = data;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable String getData() {
        return data;
    }

    public void setData(@Nullable String data) {
        this.data = data;
    }

    public List<Extra> getExtra() {
        return extra;
    }

    public void setExtra(List<Extra> extra) {
        this.extra = extra;
    }

    @Override
    public String toString() {
        return "Pref(id=" + id + ", data=" + data + ")";
    }
}
