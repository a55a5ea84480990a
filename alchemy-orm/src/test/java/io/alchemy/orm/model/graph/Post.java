package io.alchemy.orm.model.graph;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A blog post: keywords many-to-many through {@code post_keywords} (a Set); comments deleted by the database's
 * ON DELETE CASCADE ({@code passiveDeletes}).
 */
@Mapped(table = "post")
public class Post {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String title;
    @Relationship(secondary = "post_keywords", backPopulates = "posts") Set<Keyword> keywords = new LinkedHashSet<>();
    @Relationship(backPopulates = "post", cascade = "all, delete-orphan", passiveDeletes = true)
    List<Comment> comments = new ArrayList<>();

    protected Post() {
    }

    public Post(String title) {
        this.title = title;
    }

    public Integer getId() {
        return id;
    }

    public Set<Keyword> getKeywords() {
        return keywords;
    }

    public List<Comment> getComments() {
        return comments;
    }
}
