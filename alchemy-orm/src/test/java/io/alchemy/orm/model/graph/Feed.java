package io.alchemy.orm.model.graph;

import io.alchemy.orm.Lazy;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import io.alchemy.orm.WriteOnlyCollection;

/** A feed with a huge, write-only collection of entries. */
@Mapped(table = "feed")
public class Feed {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String title;
    @Relationship(backPopulates = "feed", lazy = Lazy.WRITE_ONLY) WriteOnlyCollection<Entry> entries;

    protected Feed() {
    }

    public Feed(String title) {
        this.title = title;
    }

    public Integer getId() {
        return id;
    }

    public WriteOnlyCollection<Entry> getEntries() {
        return entries;
    }
}
