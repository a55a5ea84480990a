package io.alchemy.orm.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Version;

/** A row guarded by a version counter (optimistic locking). */
@Mapped
public class Document {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String title;
    @Version int version;

    protected Document() {
    }

    public Document(String title) {
        this.title = title;
    }

    public Integer getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getVersion() {
        return version;
    }
}
