package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.unionAll;
import static io.alchemy.orm.Aliased.aliased;
import static io.alchemy.orm.FromStatement.fromStatement;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.Address_;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompoundSelect;
import io.alchemy.sql.Cte;
import io.alchemy.sql.Select;
import io.alchemy.sql.Subquery;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.ReferenceSql;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ORM entities from aliases, subqueries, CTEs and unions (E5.21, E5.22, E5.29, E5.30): rows on every database, and
 * on SQLite the SQL the reference shows.
 */
class AliasedEntityTest {
    private static final String ADDRESS_SUBQUERY = "(SELECT address.id AS id, address.email_address AS email_address, "
            + "address.user_id AS user_id FROM address WHERE address.email_address NOT LIKE ?)";
    private static final String USER_AND_ADDRESS = "SELECT user_account.id, user_account.name, user_account.fullname, "
            + "anon_1.id AS id_1, anon_1.email_address, anon_1.user_id FROM user_account JOIN ";
    private static final String UNION = "SELECT user_account.id, user_account.name, user_account.fullname "
            + "FROM user_account WHERE user_account.name = ? UNION ALL SELECT user_account.id, user_account.name, "
            + "user_account.fullname FROM user_account WHERE user_account.name = ?";
    private static final String UNION_LABELLED = "SELECT user_account.id AS id, user_account.name AS name, "
            + "user_account.fullname AS fullname FROM user_account WHERE user_account.name = ? UNION ALL SELECT "
            + "user_account.id AS id, user_account.name AS name, user_account.fullname AS fullname FROM user_account "
            + "WHERE user_account.name = ?";

    @MatrixTest
    void entityFromASubquery(TestDatabase db) {     // E5.21
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        ReferenceSql reference = ReferenceSql.on(db, log);
        Subquery subq = select(Address.class).where(Address_.emailAddress.notLike("%@aol.com")).subquery();
        Aliased<Address> addressSubq = aliased(Address.class, subq);
        try (Session session = new Session(engine)) {
            List<Row> rows = session.execute(select(User.class, addressSubq).joinFrom(User.class, addressSubq)
                    .orderBy(User_.id, addressSubq.get(Address_.id))).all();
            assertPairs(rows, session);
            reference.expectStatementsCollapsingWhitespace(
                    USER_AND_ADDRESS + ADDRESS_SUBQUERY + " AS anon_1 ON user_account.id = "
                    + "anon_1.user_id ORDER BY user_account.id, anon_1.id | [%@aol.com]");
        }
    }

    @MatrixTest
    void entityFromACte(TestDatabase db) {          // E5.22
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        ReferenceSql reference = ReferenceSql.on(db, log);
        Cte cte = select(Address.class).where(Address_.emailAddress.notLike("%@aol.com")).cte();
        Aliased<Address> addressCte = aliased(Address.class, cte);
        try (Session session = new Session(engine)) {
            List<Row> rows = session.execute(select(User.class, addressCte).joinFrom(User.class, addressCte)
                    .orderBy(User_.id, addressCte.get(Address_.id))).all();
            assertPairs(rows, session);
            reference.expectStatementsCollapsingWhitespace("WITH anon_1 AS " + ADDRESS_SUBQUERY + " " + USER_AND_ADDRESS
                    + "anon_1 ON user_account.id = anon_1.user_id ORDER BY user_account.id, anon_1.id | [%@aol.com]");
        }
    }

    private static void assertPairs(List<Row> rows, Session session) {
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).keys()).containsExactly("User", "Address");
        assertThat(rows).extracting(r -> r.get(0, User.class).getName()).containsExactly("spongebob", "sandy", "sandy");
        assertThat(rows).extracting(r -> r.get(1, Address.class).getEmailAddress()).containsExactly(
                "spongebob@sqlalchemy.org", "sandy@sqlalchemy.org", "sandy@squirrelpower.org");
        assertThat(rows.get(1).get(0)).isSameAs(rows.get(2).get(0)).isSameAs(session.get(User.class, 2));
        assertThat(rows.get(2).get(1)).isSameAs(session.get(Address.class, 3));
    }

    @MatrixTest
    void entitiesFromAUnion(TestDatabase db) {      // E5.29, E5.30
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        ReferenceSql reference = ReferenceSql.on(db, log);
        CompoundSelect u = unionAll(select(User.class).where(User_.name.eq("sandy")),
                select(User.class).where(User_.name.eq("spongebob")));
        try (Session session = new Session(engine)) {
            List<User> fromUnion = session.scalars(fromStatement(select(User.class), u)).all();
            assertThat(fromUnion).extracting(User::getName).containsExactly("sandy", "spongebob");
            reference.expectStatementsCollapsingWhitespace(UNION + " | [sandy, spongebob]");

            Aliased<User> userAlias = aliased(User.class, u.subquery());
            List<User> ordered = session.scalars(select(userAlias).orderBy(userAlias.get(User_.id))).all();
            assertThat(ordered).extracting(User::getId).containsExactly(1, 2);
            assertThat(ordered.get(1)).isSameAs(fromUnion.get(0));
            reference.expectStatementsCollapsingWhitespace(
                    "SELECT anon_1.id, anon_1.name, anon_1.fullname FROM (" + UNION_LABELLED
                    + ") AS anon_1 ORDER BY anon_1.id | [sandy, spongebob]");
        }
    }

    @MatrixTest
    void aliasesOfTheTableJoinTwice(TestDatabase db) {     // E5.18
        Engine engine = OrmFixture.tutorialDatabase(db);
        Aliased<Address> a1 = aliased(Address.class);
        Aliased<Address> a2 = aliased(Address.class);
        ColumnElement<String> email1 = a1.get(Address_.emailAddress);
        Select<User> patrick = select(User.class).joinFrom(User.class, a1).where(email1.eq("patrick@aol.com"))
                .joinFrom(User.class, a2).where(a2.get(Address_.emailAddress).eq("patrick@gmail.com"));
        assertCompile(patrick, "SELECT user_account.id, user_account.name, user_account.fullname \n"
                + "FROM user_account JOIN address AS address_1 ON user_account.id = address_1.user_id "
                + "JOIN address AS address_2 ON user_account.id = address_2.user_id \n"
                + "WHERE address_1.email_address = :email_address_1 AND address_2.email_address = :email_address_2");
        Select<User> sandy = select(User.class).joinFrom(User.class, a1).where(email1.eq("sandy@sqlalchemy.org"))
                .joinFrom(User.class, a2).where(a2.get(Address_.emailAddress).eq("sandy@squirrelpower.org"));
        Aliased<Address> named = aliased(Address.class, "a2");
        try (Session session = new Session(engine)) {
            assertThat(session.scalars(patrick).all()).isEmpty();
            assertThat(session.scalars(sandy).all()).containsExactly(session.get(User.class, 2));
            Row row = session.execute(select(named).where(named.get(Address_.id).eq(3))).one();
            assertThat(row.keys()).containsExactly("a2");
            assertThat(row.get(0)).isSameAs(session.get(Address.class, 3));
        }
    }

    @Test
    void badAliasesAreNamed() {
        OrmFixture.registry();
        Subquery names = select(User_.name).subquery();
        assertThatThrownBy(() -> aliased(User.class, names)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("no column 'id' for User.id");
        assertThatThrownBy(() -> fromStatement(select(User.class), select(User_.name))).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("has 1 columns but").hasMessageContaining("needs 3");
    }
}
