package io.alchemy.orm;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.Address_;
import io.alchemy.orm.model.Tag;
import io.alchemy.orm.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The unit of work's statements: INSERTs with fetched keys, defaults, UPDATE of changed columns, order, deletes. */
class FlushTest {

    @MatrixTest
    void manyNewObjectsGetTheirKeysInAddOrder(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<User> users = IntStream.range(0, 5).mapToObj(i -> new User("user" + i, "User " + i)).toList();
            session.addAll(users);
            session.flush();
            assertThat(users).extracting(User::getId).containsExactly(4, 5, 6, 7, 8);
            List<String> sql = log.take().stream().filter(l -> l.contains("INSERT")).toList();
            switch (db.name()) {
                case "sqlite" -> assertThat(sql).containsExactly(
                        IntStream.range(0, 5).mapToObj(i -> "INSERT INTO user_account (name, fullname) VALUES (?, ?) "
                                + "RETURNING id | [user" + i + ", User " + i + "]").toArray(String[]::new));
                case "h2" -> assertThat(sql).singleElement().asString().startsWith("SELECT id FROM FINAL TABLE (INSERT "
                        + "INTO user_account (name, fullname) VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, ?))");
                case "postgresql" -> assertThat(sql).singleElement().asString()
                        .startsWith("INSERT INTO user_account (name, fullname) SELECT p0, p1 FROM (VALUES (?, ?, 0), "
                                + "(?, ?, 1), (?, ?, 2), (?, ?, 3), (?, ?, 4)) AS imp_sen(p0, p1, sen_counter) "
                                + "ORDER BY sen_counter RETURNING ");
                default -> assertThat(sql).singleElement().asString()
                        .startsWith("INSERT INTO user_account (name, fullname) VALUES (?, ?), (?, ?), (?, ?), (?, ?), "
                                + "(?, ?) RETURNING ");
            }
            session.commit();
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT name FROM user_account WHERE id = 7")).scalarOne(String.class))
                    .isEqualTo("user3");
        }
    }

    @MatrixTest
    void naturalKeysJavaDefaultsServerDefaultsAndOnupdate(TestDatabase db) {
        Engine engine = db.engine();
        Registry.of(Tag.class).metadata().createAll(engine);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            Tag red = new Tag("red");
            Tag blue = new Tag("blue");
            session.addAll(List.of(red, blue));
            session.flush();
            assertThat(log.take()).filteredOn(l -> l.startsWith("INSERT")).singleElement().asString()
                    .startsWith("INSERT INTO tag (code, label, touched) VALUES (?, ?, ?) | [red, unnamed, null] "
                            + "[blue, unnamed, null]");
            assertThat(red.getLabel()).isEqualTo("unnamed");
            assertThat(InstanceState.of(red).unloadedAttributes()).containsExactly("weight");
            assertThat(red.getWeight()).isEqualTo(7);
            assertThat(log.take()).filteredOn(l -> l.startsWith("SELECT")).hasSize(1);

            red.setLabel("Red");
            session.flush();
            assertThat(red.getTouched()).isNotNull();
            assertThat(log.take()).filteredOn(l -> l.startsWith("UPDATE")).singleElement().asString()
                    .startsWith("UPDATE tag SET label=?, touched=? WHERE tag.code = ?");
            session.commit();
        }
        try (Session session = new Session(engine)) {
            Tag red = session.get(Tag.class, "red");
            assertThat(red.getLabel()).isEqualTo("Red");
            assertThat(red.getWeight()).isEqualTo(7);
            assertThat(red.getTouched()).isNotNull();
        }
    }

    @MatrixTest
    void parentsAreInsertedBeforeChildrenAndDeletedAfterThem(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            Address address = new Address("plankton@chumbucket.org");
            address.setUserId(10);
            User plankton = new User("plankton", "Sheldon Plankton");
            OrmFixture.registry().mapper(User.class).columnProperty("id").set(plankton, 10);
            session.add(address);
            session.add(plankton);
            session.flush();
            assertThat(tables(log.take(), "INSERT INTO ")).containsExactly("user_account", "address");

            session.delete(address);
            session.delete(plankton);
            session.flush();
            assertThat(tables(log.take(), "DELETE FROM ")).containsExactly("address", "user_account");
            session.commit();
        }
    }

    @MatrixTest
    void deletingAParentSetsItsChildrensForeignKeysToNull(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            session.delete(session.get(User.class, 2));
            session.commit();
            List<String> sql = log.take().stream().filter(l -> l.contains(" | ")).toList();
            if (db.name().equals("sqlite")) {
                assertThat(sql).containsExactly(
                        "SELECT user_account.id AS user_account_id, user_account.name AS user_account_name, "
                                + "user_account.fullname AS user_account_fullname \nFROM user_account \n"
                                + "WHERE user_account.id = ? | [2]",
                        "SELECT address.id AS address_id, address.email_address AS address_email_address, "
                                + "address.user_id AS address_user_id \nFROM address \nWHERE ? = address.user_id | [2]",
                        "UPDATE address SET user_id=? WHERE address.id = ? | [null, 2] [null, 3]",
                        "DELETE FROM user_account WHERE user_account.id = ? | [2]");
            }
        }
        try (Session session = new Session(engine)) {
            List<Integer> orphans = session.scalars(select(Address_.id).where(Address_.userId.isNull())
                    .orderBy(Address_.id)).all();
            assertThat(orphans).containsExactly(2, 3);
            assertThat(session.get(User.class, 2)).isNull();
        }
    }

    @MatrixTest
    void aFlushAfterChangingTenOfFiftyThousandObjectsVisitsTenAndWritesTen(TestDatabase db) {
        Engine engine = db.engine();
        OrmFixture.registry().metadata().createAll(engine);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", "user" + i);
            row.put("fullname", "User " + i);
            rows.add(row);
        }
        engine.begin(conn -> conn.execute(insert(OrmFixture.registry().metadata().tableNamed("user_account")), rows));
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.scalars(select(User.class)).all();
            assertThat(users).hasSize(50_000);
            for (int i = 0; i < 50_000; i += 5_000) {
                users.get(i).setFullname("changed " + i);
            }
            log.take();
            session.flush();
            assertThat(session.lastFlushVisited()).isEqualTo(10);
            List<String> sql = log.take();
            assertThat(sql).singleElement().asString().startsWith("UPDATE user_account SET fullname=? WHERE "
                    + "user_account.id = ? | [changed 0, 1] [changed 5000, 5001]");
            assertThat(sql.get(0).split("] \\[")).hasSize(10);
            session.commit();
        }
    }

    private static List<String> tables(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length(), l.indexOf(' ', prefix.length()))).toList();
    }
}
