package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** NoSaveCascadeFlushTest._many_to_many_fixture(fwd=True, bkd=True, fwd_cascade=True, bkd_cascade=True): items. */
@Mapped(table = "items")
public class Ns10Item {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String description;
    @Relationship(cascade = "save-update", secondary = "item_keywords", backPopulates = "items", orderBy = "id") List<Ns10Keyword> keywords = new ArrayList<>();

    public Ns10Item() {
    }

    public Ns10Item(@Nullable String description) {
        this.description = description;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public List<Ns10Keyword> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<Ns10Keyword> keywords) {
        this.keywords = keywords;
    }

    @Override
    public String toString() {
        return "Ns10Item(id=" + id + ", description=" + description + ")";
    }
}
