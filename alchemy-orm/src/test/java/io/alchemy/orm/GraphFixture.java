package io.alchemy.orm;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.createEngine;
import static io.alchemy.types.Types.INTEGER;

import io.alchemy.engine.Engine;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.model.graph.Comment;
import io.alchemy.orm.model.graph.Customer;
import io.alchemy.orm.model.graph.Entry;
import io.alchemy.orm.model.graph.Feed;
import io.alchemy.orm.model.graph.Item;
import io.alchemy.orm.model.graph.Keyword;
import io.alchemy.orm.model.graph.Node;
import io.alchemy.orm.model.graph.Order;
import io.alchemy.orm.model.graph.OrderLine;
import io.alchemy.orm.model.graph.Post;
import io.alchemy.orm.model.graph.PostalAddress;
import io.alchemy.orm.model.graph.Profile;
import io.alchemy.schema.MetaData;
import io.alchemy.testing.TestDatabase;

/**
 * The object graphs of the relationship tests, in their tables (with the {@code post_keywords} association table),
 * on an engine that enforces foreign keys everywhere (SQLite with {@code foreign_keys=true}), so that a flush in the
 * wrong order fails.
 */
final class GraphFixture {
    private static final Class<?>[] CLASSES = {Node.class, Post.class, Keyword.class, Comment.class, PostalAddress.class,
            Customer.class, Profile.class, Order.class, Item.class, OrderLine.class, Feed.class, Entry.class};

    private GraphFixture() {
    }

    static Registry registry() {
        Registry existing = Mappers.current(Node.class) == null ? null : (Registry) Mappers.current(Node.class).registry();
        if (existing != null) {
            return existing;
        }
        MetaData metadata = new MetaData();
        metadata.table("post_keywords",
                column("post_id", INTEGER).references("post.id").primaryKey(),
                column("keyword_id", INTEGER).references("keyword.id").primaryKey());
        Registry registry = new Registry(metadata).map(CLASSES);
        registry.configure();
        return registry;
    }

    static Engine engine(TestDatabase db) {
        Engine engine = db.name().equals("sqlite") ? db.onClose(createEngine(db.url() + "?foreign_keys=true"))
                : db.engine();
        registry().metadata().createAll(engine);
        return engine;
    }
}
