package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** SQLAlchemy's fixture {@code Item} on table {@code items}; keywords many-to-many through {@code item_keywords}. */
@Mapped(table = "items")
public class Item {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) String description;
    @Relationship(secondary = "item_keywords", orderBy = "id") List<Keyword> keywords = new ArrayList<>();

    public Item() {
    }

    public Item(String description) {
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

    public List<Keyword> getKeywords() {
        return keywords;
    }

    @Override
    public String toString() {
        return "Item(id=" + id + ", description=" + description + ")";
    }
}
