package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.text;
import static io.alchemy.types.Types.INTEGER;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.Item;
import io.alchemy.orm.conformance.model.Keyword;
import io.alchemy.orm.conformance.model.NaturalUser;
import io.alchemy.orm.conformance.model.Node;
import io.alchemy.orm.conformance.model.Order;
import io.alchemy.orm.conformance.model.Parent;
import io.alchemy.orm.conformance.model.OrphanAddress;
import io.alchemy.orm.conformance.model.OrphanOrder;
import io.alchemy.orm.conformance.model.OrphanUser;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.schema.MetaData;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLAlchemy's {@code test/orm/_fixtures.py} for the ported ORM cases: its tables (users, addresses, orders, items,
 * keywords, order_items, item_keywords, nodes) mapped by the classes of {@code conformance.model}, and its rows
 * ({@code run_inserts}).
 */
final class Fixtures {
    private Fixtures() {
    }

    /** The standard mapping: plain relationships ({@code save-update, merge}) with backrefs. */
    static synchronized Registry standard() {
        if (Mappers.current(User.class) != null) {
            return (Registry) Mappers.current(User.class).registry();
        }
        MetaData metadata = new MetaData();
        metadata.table("order_items", column("item_id", INTEGER).references("items.id"),
                column("order_id", INTEGER).references("orders.id"));
        metadata.table("item_keywords", column("item_id", INTEGER).references("items.id"),
                column("keyword_id", INTEGER).references("keywords.id"));
        Registry registry = new Registry(metadata).map(User.class, Address.class, Order.class, Item.class,
                Keyword.class, Node.class);
        registry.configure();
        return registry;
    }

    /** The users / addresses / orders tables with {@code cascade="all, delete-orphan"} from users. */
    static synchronized Registry orphan() {
        if (Mappers.current(OrphanUser.class) != null) {
            return (Registry) Mappers.current(OrphanUser.class).registry();
        }
        Registry registry = new Registry(new MetaData()).map(OrphanUser.class, OrphanAddress.class, OrphanOrder.class);
        registry.configure();
        return registry;
    }

    /** {@code NaturalPKRollbackTest}'s table {@code users} with {@code name} as its primary key. */
    static synchronized Registry natural() {
        if (Mappers.current(NaturalUser.class) != null) {
            return (Registry) Mappers.current(NaturalUser.class).registry();
        }
        Registry registry = new Registry(new MetaData()).map(NaturalUser.class);
        registry.configure();
        return registry;
    }

    /** {@code BasicStaleChecksTest}'s table {@code parent}. */
    static synchronized Registry parent() {
        if (Mappers.current(Parent.class) != null) {
            return (Registry) Mappers.current(Parent.class).registry();
        }
        Registry registry = new Registry(new MetaData()).map(Parent.class);
        registry.configure();
        return registry;
    }

    /**
     * A mapping of its own (one test class's {@code setup_mappers}) of {@code classes}, with the association tables
     * ({@code item_keywords}, {@code order_items}, {@code atob}) its tables need; made once, the first class names it.
     */
    static synchronized Registry mapping(Class<?>... classes) {
        if (Mappers.current(classes[0]) != null) {
            return (Registry) Mappers.current(classes[0]).registry();
        }
        MetaData metadata = new MetaData();
        java.util.Set<String> tables = new java.util.HashSet<>();
        for (Class<?> type : classes) {
            tables.add(type.getAnnotation(io.alchemy.orm.Mapped.class).table());
        }
        if (tables.contains("items") && tables.contains("keywords")) {
            metadata.table("item_keywords", column("item_id", INTEGER).references("items.id"),
                    column("keyword_id", INTEGER).references("keywords.id"));
        }
        if (tables.contains("a") && tables.contains("b")) {
            metadata.table("atob", column("aid", INTEGER).references("a.id"), column("bid", INTEGER).references("b.id"));
        }
        if (tables.contains("items") && tables.contains("orders")) {
            metadata.table("order_items", column("item_id", INTEGER).references("items.id"),
                    column("order_id", INTEGER).references("orders.id"));
        }
        Registry registry = new Registry(metadata).map(classes);
        registry.configure();
        return registry;
    }

    /** The database's engine with the tables of the mapping of {@code classes} ({@link #mapping}), empty. */
    static Engine engineFor(TestDatabase db, Class<?>... classes) {
        return engine(db, mapping(classes));
    }

    /** {@code SELECT count(*) FROM table} of the mapping of {@code type}. */
    static long count(io.alchemy.orm.Session sess, Class<?> type, String table) {
        MetaData metadata = ((Registry) Mappers.current(type).registry()).metadata();
        return ((Number) sess.execute(io.alchemy.Alchemy.select(io.alchemy.Alchemy.func.count())
                .selectFrom(metadata.tableNamed(table))).scalar()).longValue();
    }

    /** The database's engine with the standard tables, empty. */
    static Engine engine(TestDatabase db) {
        return engine(db, standard());
    }

    /** The database's engine with the tables of {@code registry}, empty. */
    static Engine engine(TestDatabase db, Registry registry) {
        Engine engine = db.engine();
        registry.metadata().createAll(engine);
        return engine;
    }

    /** The standard tables with SQLAlchemy's fixture rows ({@code run_inserts = "each"}). */
    static Engine withData(TestDatabase db) {
        return withData(db, standard());
    }

    /** The tables of {@code registry} with SQLAlchemy's fixture rows of the tables it has. */
    static Engine withData(TestDatabase db, Registry registry) {
        Engine engine = engine(db, registry);
        MetaData metadata = registry.metadata();
        engine.begin(conn -> {
            rows(conn, metadata, "users", List.of("id", "name"), 7, "jack", 8, "ed", 9, "fred", 10, "chuck");
            rows(conn, metadata, "addresses", List.of("id", "user_id", "email_address"), 1, 7, "jack@bean.com", 2, 8,
                    "ed@wood.com", 3, 8, "ed@bettyboop.com", 4, 8, "ed@lala.com", 5, 9, "fred@fred.com");
            if (metadata.tables().containsKey("orders")) {
                rows(conn, metadata, "orders", List.of("id", "user_id", "description", "isopen", "address_id"), 1,
                        7, "order 1", 0, 1, 2, 9, "order 2", 0, 4, 3, 7, "order 3", 1, 1, 4, 9, "order 4", 1, 4, 5, 7,
                        "order 5", 0, null);
            }
            if (metadata.tables().containsKey("items")) {
                rows(conn, metadata, "items", List.of("id", "description"), 1, "item 1", 2, "item 2", 3, "item 3", 4,
                        "item 4", 5, "item 5");
                rows(conn, metadata, "order_items", List.of("item_id", "order_id"), 1, 1, 2, 1, 3, 1, 1, 2, 2, 2, 3,
                        2, 3, 3, 4, 3, 5, 3, 1, 4, 5, 4, 5, 5);
                rows(conn, metadata, "keywords", List.of("id", "name"), 1, "blue", 2, "red", 3, "green", 4, "big", 5,
                        "small", 6, "round", 7, "square");
                rows(conn, metadata, "item_keywords", List.of("keyword_id", "item_id"), 2, 1, 2, 2, 4, 1, 6, 1, 5,
                        2, 3, 3, 4, 3, 7, 2, 6, 3);
            }
            String database = db.name();
            for (String[] table : new String[][] {{"users", "11"}, {"addresses", "6"}, {"orders", "6"},
                {"items", "6"}, {"keywords", "8"}}) {
                if (!metadata.tables().containsKey(table[0])) {
                    continue;
                }
                // the fixture rows carry explicit ids: move the id generators past them, as SQLAlchemy's test
                // suite does for PostgreSQL's sequences
                if (database.equals("postgresql")) {
                    conn.execute(text("SELECT setval(pg_get_serial_sequence('" + table[0] + "', 'id'), "
                            + (Integer.parseInt(table[1]) - 1) + ")"));
                } else if (database.equals("h2")) {
                    conn.execute(text("ALTER TABLE " + table[0] + " ALTER COLUMN id RESTART WITH " + table[1]));
                }
            }
        });
        return engine;
    }

    private static void rows(io.alchemy.engine.Connection conn, MetaData metadata, String table, List<String> names,
            Object... values) {
        List<Map<String, Object>> sets = new ArrayList<>();
        for (int i = 0; i < values.length; i += names.size()) {
            Map<String, Object> set = new LinkedHashMap<>();
            for (int j = 0; j < names.size(); j++) {
                set.put(names.get(j), values[i + j]);
            }
            sets.add(set);
        }
        conn.execute(insert(metadata.tableNamed(table)), sets);
    }

    /** A map allowing nulls: {@code params("name", "u1", "id", null)}. */
    static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static <T> List<T> list(T... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
