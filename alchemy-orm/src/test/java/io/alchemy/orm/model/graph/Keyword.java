package io.alchemy.orm.model.graph;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** A keyword of posts, the other side of the many-to-many. */
@Mapped(table = "keyword")
public class Keyword {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String word;
    @Relationship(secondary = "post_keywords", backPopulates = "keywords") List<Post> posts = new ArrayList<>();

    protected Keyword() {
    }

    public Keyword(String word) {
        this.word = word;
    }

    public Integer getId() {
        return id;
    }

    public String getWord() {
        return word;
    }

    public List<Post> getPosts() {
        return posts;
    }
}
