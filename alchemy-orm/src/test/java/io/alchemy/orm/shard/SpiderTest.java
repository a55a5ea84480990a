package io.alchemy.orm.shard;

import static io.alchemy.Alchemy.delete;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.Alchemy;
import io.alchemy.engine.Engine;
import io.alchemy.exc.ProgrammingError;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionFactory;
import io.alchemy.orm.model.scale.SpiderItem;
import io.alchemy.orm.model.scale.SpiderItem_;
import io.alchemy.schema.Table;
import io.alchemy.testing.DatabaseMatrix;
import io.alchemy.testing.servers.PrivateMariaDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The ORM and Core on a MariaDB Spider table: a head server (the Spider engine, Debian package
 * {@code mariadb-plugin-spider}) whose table {@code spider_items} is hash-partitioned by id over two data-node servers
 * holding InnoDB tables. All three servers are private ({@link PrivateMariaDb}), removed afterwards; the rows a test
 * writes are checked on the data nodes themselves.
 */
@EnabledIf("mariadbSelected")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpiderTest {
    private PrivateMariaDb head;
    private final List<PrivateMariaDb> nodes = new ArrayList<>();
    private Engine engine;
    private SessionFactory sessions;
    private Table items;

    static boolean mariadbSelected() {
        return DatabaseMatrix.selected().contains("mariadb");
    }

    @BeforeAll
    void servers() {
        head = PrivateMariaDb.builder().option("--plugin-load-add=ha_spider.so").start();
        for (int i = 0; i < 2; i++) {
            PrivateMariaDb node = PrivateMariaDb.create();
            nodes.add(node);
            node.createDatabase("shop");
            node.sql("shop", "CREATE TABLE spider_items (id bigint NOT NULL PRIMARY KEY, name varchar(50) NOT NULL, "
                    + "quantity int NOT NULL) ENGINE=InnoDB");
        }
        head.createDatabase("shop");
        List<String> ddl = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            ddl.add("CREATE SERVER node" + i + " FOREIGN DATA WRAPPER mysql OPTIONS (HOST '127.0.0.1', DATABASE 'shop', "
                    + "USER '" + nodes.get(i).superuser() + "', PASSWORD '', PORT " + nodes.get(i).port() + ")");
        }
        ddl.add("CREATE TABLE spider_items (id bigint NOT NULL PRIMARY KEY, name varchar(50) NOT NULL, "
                + "quantity int NOT NULL) ENGINE=SPIDER COMMENT='wrapper \"mysql\", table \"spider_items\"' "
                + "PARTITION BY HASH (id) (PARTITION p0 COMMENT = 'srv \"node0\"', PARTITION p1 COMMENT = 'srv \"node1\"')");
        head.sql("shop", ddl.toArray(String[]::new));
        engine = Alchemy.createEngine(head.jdbcUrl("shop"));
        items = Registry.of(SpiderItem.class).metadata().tableNamed("spider_items");
        sessions = SessionFactory.of(engine);
    }

    @AfterAll
    void removeServers() {
        List<AutoCloseable> resources = new ArrayList<>();
        resources.add(() -> {
            if (engine != null) {
                engine.dispose();
            }
        });
        resources.add(head);
        resources.addAll(nodes);
        RuntimeException failure = null;
        for (AutoCloseable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Cleanup of the Spider servers failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @BeforeEach
    void empty() {
        for (PrivateMariaDb node : nodes) {
            node.sql("shop", "DELETE FROM spider_items");
        }
    }

    private long onNode(int i) {
        return ((Number) nodes.get(i).query("shop", "SELECT count(*) AS n FROM spider_items").get(0).get("n"))
                .longValue();
    }

    private static List<SpiderItem> twenty() {
        List<SpiderItem> made = new ArrayList<>();
        for (long id = 1; id <= 20; id++) {
            made.add(new SpiderItem(id, "item " + id, (int) (id * 3 % 11)));
        }
        return made;
    }

    @Test
    void ormObjectsRoundTripThroughTheDataNodes() {
        sessions.begin(session -> session.addAll(twenty()));
        assertThat(onNode(0)).isEqualTo(10);                       // HASH(id) over 2 partitions: even ids, odd ids
        assertThat(onNode(1)).isEqualTo(10);
        try (Session session = sessions.open()) {
            for (long id = 1; id <= 20; id++) {
                assertThat(session.get(SpiderItem.class, id).getName()).isEqualTo("item " + id);
            }
            List<Long> many = session.scalars(select(SpiderItem_.id).where(SpiderItem_.quantity.ge(8))
                    .orderBy(SpiderItem_.id)).all();
            assertThat(many).isEqualTo(twenty().stream().filter(i -> i.getQuantity() >= 8).map(SpiderItem::getId)
                    .toList()).isNotEmpty();
            Number total = (Number) session.scalar(select(func.sum(SpiderItem_.quantity)));
            assertThat(total.longValue()).isEqualTo(twenty().stream().mapToLong(SpiderItem::getQuantity).sum());
            session.get(SpiderItem.class, 7L).setQuantity(100);
            session.delete(session.get(SpiderItem.class, 8L));
            session.commit();
        }
        assertThat(nodes.get(1).query("shop", "SELECT quantity FROM spider_items WHERE id = 7").get(0).get("quantity"))
                .isEqualTo(100);
        assertThat(nodes.get(0).query("shop", "SELECT id FROM spider_items WHERE id = 8")).isEmpty();
    }

    @Test
    void aRolledBackTransactionLeavesTheDataNodesAlone() {
        try (Session session = sessions.open()) {
            session.addAll(twenty());
            session.flush();
            assertThat(session.scalar(select(func.count()).selectFrom(items)).longValue()).isEqualTo(20);
            session.rollback();
        }
        assertThat(onNode(0) + onNode(1)).isZero();
    }

    @Test
    void coreStatementsWorkOnTheSpiderTable() {
        engine.begin(conn -> {
            conn.execute(insert(items), List.of(Map.of("id", 1L, "name", "a", "quantity", 1),
                    Map.of("id", 2L, "name", "b", "quantity", 2), Map.of("id", 3L, "name", "c", "quantity", 3)));
            conn.execute(update(items).where(items.c("id").in(1L, 2L)).values(Map.of("quantity", 10)));
            conn.execute(delete(items).where(items.c("name").eq("c")));
        });
        List<List<Object>> rows = engine.transaction(conn -> conn.execute(select(items.c("id"), items.c("quantity"))
                .orderBy(items.c("id"))).all().stream().map(row -> row.values()).toList());
        assertThat(rows).containsExactly(List.of(1L, 10), List.of(2L, 10));
        assertThat(onNode(0) + onNode(1)).isEqualTo(2);
    }

    /** What does not work: Spider tables refuse savepoints, so {@code beginNested()} fails once the transaction wrote one. */
    @Test
    void savepointsAreRefused() {
        try (Session session = sessions.open()) {
            session.addAll(twenty().subList(0, 5));
            session.flush();
            assertThatThrownBy(session::beginNested).isInstanceOf(ProgrammingError.class)
                    .hasMessageContaining("The storage engine for the table doesn't support SAVEPOINT");
            session.rollback();
        }
        assertThat(onNode(0) + onNode(1)).isZero();
    }
}
