package io.alchemy.orm.model.graph;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;

/** A comment of a post; its foreign key cascades deletes in the database. */
@Mapped(table = "comment")
public class Comment {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(foreignKey = "post.id", onDelete = "CASCADE") Integer postId;
    @MappedColumn String text;
    @Relationship(backPopulates = "comments") Post post;

    protected Comment() {
    }

    public Comment(String text) {
        this.text = text;
    }

    public Integer getId() {
        return id;
    }
}
