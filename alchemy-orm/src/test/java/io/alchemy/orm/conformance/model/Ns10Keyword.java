package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** NoSaveCascadeFlushTest._many_to_many_fixture(fwd=True, bkd=True, fwd_cascade=True, bkd_cascade=True): keywords. */
@Mapped(table = "keywords")
public class Ns10Keyword {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String name;
    @Relationship(cascade = "save-update", secondary = "item_keywords", backPopulates = "keywords", orderBy = "id") List<Ns10Item> items = new ArrayList<>();

    public Ns10Keyword() {
    }

    public Ns10Keyword(@Nullable String name) {
        this.name = name;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public List<Ns10Item> getItems() {
        return items;
    }

    public void setItems(List<Ns10Item> items) {
        this.items = items;
    }

    @Override
    public String toString() {
        return "Ns10Keyword(id=" + id + ", name=" + name + ")";
    }
}
