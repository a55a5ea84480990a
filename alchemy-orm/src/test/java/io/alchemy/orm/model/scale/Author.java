package io.alchemy.orm.model.scale;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** An author, bound to one engine through its interface {@link Catalogued}. */
@Mapped(table = "author")
public class Author implements Catalogued {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(length = 50) String name;

    protected Author() {
    }

    public Author(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
