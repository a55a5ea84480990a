package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.orm.LoaderOptions.selectinload;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.model.graph.Comment;
import io.alchemy.orm.model.graph.Customer;
import io.alchemy.orm.model.graph.Item;
import io.alchemy.orm.model.graph.Keyword;
import io.alchemy.orm.model.graph.Node;
import io.alchemy.orm.model.graph.Node_;
import io.alchemy.orm.model.graph.Order;
import io.alchemy.orm.model.graph.OrderLine;
import io.alchemy.orm.model.graph.Post;
import io.alchemy.orm.model.graph.PostalAddress;
import io.alchemy.orm.model.graph.Profile;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * Relationship kinds and cascades on databases that enforce foreign keys: a self-referential tree of 1,000 nodes
 * inserted parents first and deleted by cascade children first, delete-orphan, many-to-many association rows kept
 * exact, association objects, one-to-one, two relationships to one class, passive deletes, expunge and
 * refresh-expire cascades.
 */
class RelationshipGraphTest {

    private static List<String> rows(Engine engine, String sql) {
        try (Connection conn = engine.connect()) {
            List<String> rows = new ArrayList<>();
            for (Row row : conn.execute(text(sql))) {
                rows.add(row.values().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
            }
            return rows;
        }
    }

    private static long count(Engine engine, String table) {
        return Long.parseLong(rows(engine, "SELECT count(*) FROM " + table).get(0));
    }

    @MatrixTest
    void treeOfThousandNodes(TestDatabase db) {
        Engine engine = GraphFixture.engine(db);
        Node root = new Node("root");
        List<Node> all = new ArrayList<>(List.of(root));
        for (int i = 0; all.size() < 1000; i++) {
            Node parent = all.get(i);
            for (int c = 0; c < 9 && all.size() < 1000; c++) {
                Node child = new Node(String.format("n%04d", all.size()));
                parent.getChildren().add(child);
                all.add(child);
            }
        }
        assertThat(all.get(500).getParent().getChildren()).contains(all.get(500));
        List<String> expected = new ArrayList<>();
        try (Session session = new Session(engine)) {
            session.add(root);
            assertThat(session.newObjects()).hasSize(1000);
            session.flush();
            for (Node node : all) {
                expected.add(node.getId() + "," + (node.getParent() == null ? "null" : node.getParent().getId()));
            }
            session.commit();
        }
        assertThat(rows(engine, "SELECT id, parent_id FROM node")).containsExactlyInAnyOrderElementsOf(expected);

        try (Session session = new Session(engine)) {
            List<Node> nodes = session.scalars(select(Node.class).options(selectinload(Node_.children))).all();
            Node loadedRoot = nodes.stream().filter(n -> n.getParentId() == null).findFirst().orElseThrow();
            assertThat(loadedRoot.getChildren()).extracting(Node::getName).isSorted().hasSize(9);
            session.delete(loadedRoot);
            session.commit();
        }
        assertThat(count(engine, "node")).isZero();
    }

    @MatrixTest
    void deleteOrphanRemovesExactlyTheOrphans(TestDatabase db) {
        Engine engine = GraphFixture.engine(db);
        Node root = new Node("root");
        for (String name : List.of("a", "b", "c")) {
            root.getChildren().add(new Node(name));
        }
        try (Session session = new Session(engine)) {
            session.add(root);
            session.commit();
            Node b = root.getChildren().get(1);
            root.getChildren().remove(b);
            assertThat(b.getParent()).isNull();
            session.commit();
        }
        assertThat(rows(engine, "SELECT name FROM node ORDER BY name")).containsExactly("a", "c", "root");
    }

    @MatrixTest
    void manyToManyKeepsTheAssociationTableExact(TestDatabase db) {
        Engine engine = GraphFixture.engine(db);
        String pairs = "SELECT p.title, k.word FROM post_keywords pk JOIN post p ON p.id = pk.post_id "
                + "JOIN keyword k ON k.id = pk.keyword_id ORDER BY p.title, k.word";
        Post post = new Post("p1");
        Post other = new Post("p2");
        Keyword java = new Keyword("java");
        Keyword sql = new Keyword("sql");
        Keyword orm = new Keyword("orm");
        try (Session session = new Session(engine)) {
            post.getKeywords().add(java);
            post.getKeywords().add(sql);
            post.getKeywords().add(java);
            assertThat(java.getPosts()).containsExactly(post);
            orm.getPosts().add(post);
            assertThat(post.getKeywords()).containsExactly(java, sql, orm);
            other.getKeywords().add(sql);
            session.addAll(List.of(post, other));
            session.commit();
            assertThat(rows(engine, pairs)).containsExactly("p1,java", "p1,orm", "p1,sql", "p2,sql");

            post.getKeywords().remove(java);
            assertThat(java.getPosts()).isEmpty();
            session.commit();
            assertThat(rows(engine, pairs)).containsExactly("p1,orm", "p1,sql", "p2,sql");

            assertThat(session.get(Keyword.class, sql.getId()).getPosts()).extracting(p -> p.getId())
                    .containsExactlyInAnyOrder(post.getId(), other.getId());
            session.delete(post);
            session.commit();
            assertThat(rows(engine, pairs)).containsExactly("p2,sql");
            assertThat(count(engine, "keyword")).isEqualTo(3);
        }
    }

    @MatrixTest
    void associationObjectsTakeTheirKeyFromTheirParents(TestDatabase db) {
        Engine engine = GraphFixture.engine(db);
        Item pen = new Item("pen");
        Item ink = new Item("ink");
        Order order = new Order("o1");
        order.getLines().add(new OrderLine(pen, 2));
        order.getLines().add(new OrderLine(ink, 5));
        try (Session session = new Session(engine)) {
            session.add(order);
            session.commit();
            assertThat(rows(engine, "SELECT i.name, l.quantity FROM order_line l JOIN item i ON i.id = l.item_id "
                    + "ORDER BY i.name")).containsExactly("ink,5", "pen,2");
            assertThat(order.getLines()).extracting(l -> l.getItem().getName() + "x" + l.getQuantity())
                    .containsExactly("penx2", "inkx5");
            order.getLines().remove(0);
            session.commit();
            assertThat(rows(engine, "SELECT item_id FROM order_line")).containsExactly(String.valueOf(ink.getId()));
        }
    }

    @MatrixTest
    void oneToOneAndTwoRelationshipsToOneClass(TestDatabase db) {
        Engine engine = GraphFixture.engine(db);
        Customer customer = new Customer("c1");
        PostalAddress home = new PostalAddress("home");
        PostalAddress office = new PostalAddress("office");
        Profile first = new Profile("first");
        try (Session session = new Session(engine)) {
            customer.setBilling(home);
            customer.setShipping(office);
            customer.setProfile(first);
            assertThat(first.getCustomer()).isSameAs(customer);
            session.add(customer);
            session.commit();
            assertThat(customer.getBillingAddressId()).isEqualTo(home.getId());
            assertThat(customer.getShippingAddressId()).isEqualTo(office.getId());
            assertThat(first.getCustomerId()).isEqualTo(customer.getId());

            session.expungeAll();
            Customer loaded = session.get(Customer.class, customer.getId());
            assertThat(loaded.getBilling().getStreet()).isEqualTo("home");
            assertThat(loaded.getShipping().getStreet()).isEqualTo("office");
            Profile loadedProfile = loaded.getProfile();
            assertThat(loadedProfile.getId()).isEqualTo(first.getId());

            loaded.setProfile(new Profile("second"));
            session.commit();
            assertThat(rows(engine, "SELECT bio FROM profile")).containsExactly("second");

            session.delete(loaded);
            session.commit();
            assertThat(count(engine, "profile")).isZero();
            assertThat(count(engine, "postal_address")).isEqualTo(2);
        }
    }

    @MatrixTest
    void passiveDeletesLeaveChildrenToTheDatabase(TestDatabase db) {
        Engine engine = GraphFixture.engine(db);
        Post post = new Post("p");
        post.getComments().add(new Comment("one"));
        post.getComments().add(new Comment("two"));
        int id;
        try (Session session = new Session(engine)) {
            session.add(post);
            session.flush();
            id = post.getId();
            session.commit();
        }
        assertThat(count(engine, "comment")).isEqualTo(2);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            session.delete(session.get(Post.class, id));
            session.commit();
        }
        assertThat(log.take()).noneMatch(line -> line.contains("FROM comment"));
        assertThat(count(engine, "comment")).isZero();
    }

    @MatrixTest
    void expungeAndRefreshExpireCascade(TestDatabase db) {
        Engine engine = GraphFixture.engine(db);
        Node root = new Node("root");
        Node child = new Node("child");
        root.getChildren().add(child);
        try (Session session = new Session(engine)) {
            session.add(root);
            session.flush();
            session.expire(root);
            assertThat(InstanceState.of(child).unloadedAttributes()).contains("name");
            assertThat(child.getName()).isEqualTo("child");
            assertThat(root.getChildren()).containsExactly(child);
            session.expunge(root);
            assertThat(session.contains(root)).isFalse();
            assertThat(session.contains(child)).isFalse();
        }
    }

    @MatrixTest
    void aForeignKeyGivenDirectlyIsKeptWhenTheRelationshipIsUnset(TestDatabase db) {
        io.alchemy.engine.Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            io.alchemy.orm.model.Address address = new io.alchemy.orm.model.Address("direct@key");
            address.setUserId(2);
            session.add(address);
            session.flush();
            assertThat(address.getUserId()).isEqualTo(2);
            assertThat(address.getUser().getName()).isEqualTo("sandy");
            address.setUser(null);
            session.flush();
            assertThat(address.getUserId()).isNull();
            session.commit();
        }
        assertThat(rows(engine, "SELECT user_id FROM address WHERE email_address = 'direct@key'")).containsExactly("null");
    }
}
