package io.alchemy.orm;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.LoaderOptions.joinedload;
import static io.alchemy.orm.LoaderOptions.lazyload;
import static io.alchemy.orm.LoaderOptions.noload;
import static io.alchemy.orm.LoaderOptions.raiseload;
import static io.alchemy.orm.LoaderOptions.selectinload;
import static io.alchemy.orm.LoaderOptions.subqueryload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.Address_;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.schema.MetaData;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The N+1 problem, counted: 100 users with 10 addresses each load in exactly 2 statements with selectinload and
 * subqueryload, 1 with joinedload (parents given once), 1 + 1 per parent lazily; raise strategies throw without a
 * statement; noload reads empty; more than 500 parents make one IN query per 500.
 */
class LoaderStrategiesTest {

    static Engine users(TestDatabase db, int users, int addressesEach) {
        Engine engine = db.engine();
        MetaData metadata = OrmFixture.registry().metadata();
        metadata.createAll(engine);
        List<Map<String, Object>> userRows = new ArrayList<>();
        List<Map<String, Object>> addressRows = new ArrayList<>();
        for (int u = 1; u <= users; u++) {
            userRows.add(Map.of("id", u, "name", "user" + u, "fullname", "User " + u));
            for (int a = 1; a <= addressesEach; a++) {
                addressRows.add(Map.of("user_id", u, "email_address", "a" + a + "@user" + u));
            }
        }
        engine.begin(conn -> {
            conn.execute(insert(metadata.tableNamed("user_account")), userRows);
            if (!addressRows.isEmpty()) {
                conn.execute(insert(metadata.tableNamed("address")), addressRows);
            }
        });
        return engine;
    }

    private static int addressesOf(List<User> users) {
        return users.stream().mapToInt(u -> u.getAddresses().size()).sum();
    }

    @MatrixTest
    void selectinloadIsTwoStatements(TestDatabase db) {
        Engine engine = users(db, 100, 10);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.scalars(select(User.class).options(selectinload(User_.addresses))).all();
            assertThat(users).hasSize(100);
            assertThat(addressesOf(users)).isEqualTo(1000);
            assertThat(users.get(0).getAddresses().get(0).getUser()).isSameAs(users.get(0));
            assertThat(log.statements()).isEqualTo(2);
        }
    }

    @MatrixTest
    void joinedloadIsOneStatementWithParentsOnce(TestDatabase db) {
        Engine engine = users(db, 100, 10);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.scalars(select(User.class).options(joinedload(User_.addresses))
                    .orderBy(User_.id)).all();
            assertThat(users).hasSize(100).doesNotHaveDuplicates();
            assertThat(addressesOf(users)).isEqualTo(1000);
            assertThat(users.get(99).getAddresses()).extracting(Address::getEmailAddress).contains("a10@user100");
            assertThat(log.statements()).isEqualTo(1);
            assertThat(log.take().get(1)).contains("LEFT OUTER JOIN address AS address_1 ON user_account.id = "
                    + "address_1.user_id");
        }
    }

    @MatrixTest
    void subqueryloadIsTwoStatements(TestDatabase db) {
        Engine engine = users(db, 100, 10);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.scalars(select(User.class).where(User_.id.le(50))
                    .options(subqueryload(User_.addresses))).all();
            assertThat(users).hasSize(50);
            assertThat(addressesOf(users)).isEqualTo(500);
            assertThat(log.statements()).isEqualTo(2);
        }
    }

    @MatrixTest
    void lazyLoadingIsOneStatementPerParent(TestDatabase db) {
        Engine engine = users(db, 100, 10);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.scalars(select(User.class).options(lazyload(User_.addresses))).all();
            assertThat(log.statements()).isEqualTo(1);
            assertThat(addressesOf(users)).isEqualTo(1000);
            assertThat(log.statements()).isEqualTo(101);
            assertThat(addressesOf(users)).isEqualTo(1000);
            assertThat(log.statements()).isEqualTo(101);
        }
    }

    @MatrixTest
    void manyToOneSelectinSkipsTheIdentityMap(TestDatabase db) {
        Engine engine = users(db, 3, 2);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            User first = session.get(User.class, 1);
            log.take();
            List<Address> addresses = session.scalars(select(Address.class).options(selectinload(Address_.user))
                    .orderBy(Address_.id)).all();
            assertThat(addresses.get(0).getUser()).isSameAs(first);
            assertThat(addresses.get(5).getUser().getName()).isEqualTo("user3");
            List<String> sql = log.take();
            assertThat(sql).hasSize(2);
            assertThat(sql.get(1)).contains("WHERE user_account.id IN (?, ?) | [2, 3]");
        }
    }

    @MatrixTest
    void raiseStrategiesThrowWithoutSql(TestDatabase db) {
        Engine engine = users(db, 3, 2);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<Address> addresses = session.scalars(select(Address.class).options(raiseload(Address_.user))).all();
            User user = session.scalars(select(User.class).where(User_.id.eq(1))
                    .options(raiseload(User_.addresses, true))).one();
            long before = log.statements();
            assertThatThrownBy(() -> addresses.get(0).getUser()).isInstanceOf(InvalidRequestError.class)
                    .hasMessage("'Address.user' is not available due to lazy='raise'");
            assertThatThrownBy(user::getAddresses).isInstanceOf(InvalidRequestError.class)
                    .hasMessage("'User.addresses' is not available due to lazy='raise_on_sql'");
            assertThat(log.statements()).isEqualTo(before);
        }
    }

    @MatrixTest
    void noloadReadsEmpty(TestDatabase db) {
        Engine engine = users(db, 3, 2);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.scalars(select(User.class).options(noload(User_.addresses))).all();
            assertThat(addressesOf(users)).isZero();
            assertThat(log.statements()).isEqualTo(1);
        }
    }

    @MatrixTest
    void selectinChunksAt500Keys(TestDatabase db) {
        Engine engine = users(db, 1201, 0);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.scalars(select(User.class).options(selectinload(User_.addresses))).all();
            assertThat(users).hasSize(1201);
            assertThat(addressesOf(users)).isZero();
            assertThat(log.statements()).isEqualTo(1 + 3);
        }
    }

    @MatrixTest
    void chainedOptionsLoadTwoLevels(TestDatabase db) {
        Engine engine = users(db, 5, 3);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<Address> addresses = session.scalars(select(Address.class)
                    .options(joinedload(Address_.user).selectinload(User_.addresses))).all();
            assertThat(addresses).hasSize(15);
            assertThat(addresses.get(0).getUser().getAddresses()).hasSize(3).contains(addresses.get(0));
            assertThat(log.statements()).isEqualTo(2);
        }
    }
}
