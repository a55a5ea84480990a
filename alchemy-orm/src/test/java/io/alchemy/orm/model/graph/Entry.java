package io.alchemy.orm.model.graph;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** An entry of a feed. */
@Mapped(table = "entry")
public class Entry {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(foreignKey = "feed.id") @Nullable Integer feedId;
    @MappedColumn String text;
    @Relationship(backPopulates = "entries") Feed feed;

    protected Entry() {
    }

    public Entry(String text) {
        this.text = text;
    }

    public Integer getId() {
        return id;
    }

    public Integer getFeedId() {
        return feedId;
    }

    public String getText() {
        return text;
    }

    public Feed getFeed() {
        return feed;
    }
}
