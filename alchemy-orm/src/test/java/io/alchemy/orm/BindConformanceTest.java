package io.alchemy.orm;

import static io.alchemy.Alchemy.literalColumn;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.UnboundExecutionError;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.orm.model.scale.Author;
import io.alchemy.orm.model.scale.Catalogued;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy's {@code Session.get_bind} lookup, ported from {@code BindIntegrationTest.test_get_bind} (User bound to
 * e1, Address to e2, the Session's own engine e3) and {@code GetBindTest}.
 */
@PortedFrom("test/orm/test_bind.py")
class BindConformanceTest {
    private TestDatabase d1;
    private TestDatabase d2;
    private TestDatabase d3;
    private Engine e1;
    private Engine e2;
    private Engine e3;
    private Session sess;
    private Table users;
    private Table addresses;

    @BeforeEach
    void binds() {
        d1 = TestDatabase.fresh("h2");
        d2 = TestDatabase.fresh("h2");
        d3 = TestDatabase.fresh("h2");
        e1 = d1.engine();
        e2 = d2.engine();
        e3 = d3.engine();
        MetaData metadata = Registry.of(User.class, Address.class).metadata();
        users = metadata.tableNamed("user_account");
        addresses = metadata.tableNamed("address");
        sess = SessionFactory.builder().engine(e3).bind(User.class, e1).bind(Address.class, e2).build().open();
    }

    @AfterEach
    void close() throws Exception {
        sess.close();
        d1.close();
        d2.close();
        d3.close();
    }

    /** {@code BindIntegrationTest.test_get_bind}: {@code {}} → e3. */
    @Test
    void test_get_bind_nothing() {
        assertThat(sess.getBind(null, null)).isSameAs(e3);
    }

    /** {@code BindIntegrationTest.test_get_bind}: {@code {"mapper": User}} → e1. */
    @Test
    void test_get_bind_mapper() {
        assertThat(sess.getBind(Mappers.of(User.class), null)).isSameAs(e1);
    }

    /** {@code BindIntegrationTest.test_get_bind}: {@code {"mapper": Address}} → e2. */
    @Test
    void test_get_bind_mapper_address() {
        assertThat(sess.getBind(Mappers.of(Address.class), null)).isSameAs(e2);
    }

    /** {@code BindIntegrationTest.test_get_bind}: {@code {"clause": Query([Address])._statement_20()}} → e2. */
    @Test
    void test_get_bind_entity_statement() {
        assertThat(sess.getBind(null, select(Address.class))).isSameAs(e2);
    }

    /** {@code BindIntegrationTest.test_get_bind}: {@code {"clause": select(addresses)}} → e2. */
    @Test
    void test_get_bind_table_statement() {
        assertThat(sess.getBind(null, select(addresses))).isSameAs(e2);
    }

    /** {@code BindIntegrationTest.test_get_bind}: {@code {"mapper": User, "clause": select(addresses)}} → e1. */
    @Test
    void test_get_bind_mapper_before_clause() {
        assertThat(sess.getBind(Mappers.of(User.class), select(addresses))).isSameAs(e1);
    }

    /** {@code BindIntegrationTest.test_get_bind}: {@code {"clause": select(users).join(User.addresses)}} → e1. */
    @Test
    void test_get_bind_join() {
        assertThat(sess.getBind(null, select(users).join(User_.addresses))).isSameAs(e1);
    }

    /** {@code BindIntegrationTest.test_get_bind}: {@code {"clause": select(1).where(User.name == "ed")}} → e1. */
    @Test
    void test_get_bind_where() {
        assertThat(sess.getBind(null, select(literalColumn("1")).where(User_.name.eq("ed")))).isSameAs(e1);
    }

    /** {@code BindIntegrationTest.test_get_bind}: {@code {"clause": select(1)}} → e3. */
    @Test
    void test_get_bind_no_table() {
        assertThat(sess.getBind(null, select(literalColumn("1")))).isSameAs(e3);
    }

    /** {@code BindIntegrationTest.test_get_bind}: {@code {"clause": select(1).select_from(User).join(User.addresses)}} → e1. */
    @Test
    void test_get_bind_select_from_join() {
        assertThat(sess.getBind(null, select(literalColumn("1")).selectFrom(users).join(User_.addresses)))
                .isSameAs(e1);
    }

    /** {@code GetBindTest.test_fallback_table_metadata}: no bind at all names the mapper. */
    @Test
    void test_fallback_table_metadata() {
        Session session = new Session(new SessionBinds(null, Map.of(User.class, e1), Map.of()), SessionOptions.DEFAULTS);
        assertThatThrownBy(() -> session.getBind(Address.class)).isInstanceOf(UnboundExecutionError.class)
                .hasMessageStartingWith("Could not locate a bind configured on mapper ");
    }

    /** {@code GetBindTest.test_bind_mixin_class_simple_class}: a bind on a mixin (here an interface) applies to its classes. */
    @Test
    void test_bind_mixin_class_simple_class() {
        Registry.of(Author.class, io.alchemy.orm.model.scale.AuditEntry.class);
        Session session = new Session(new SessionBinds(null, Map.of(Catalogued.class, e2), Map.of()),
                SessionOptions.DEFAULTS);
        assertThat(session.getBind(Author.class)).isSameAs(e2);
    }

    /** {@code GetBindTest.test_bind_base_table_base_class}: a table's bind applies to the class mapped to it. */
    @Test
    void test_bind_base_table_base_class() {
        Session session = new Session(new SessionBinds(null, Map.of(), Map.of(users, e2)), SessionOptions.DEFAULTS);
        assertThat(session.getBind(User.class)).isSameAs(e2);
    }

    /**
     * {@code BindIntegrationTest.test_session_unbound}: a flush of an object whose class nothing binds raises
     * {@code UnboundExecutionError} matching {@code "Could not locate a bind configured on Mapper|Foo|test_table or this
     * Session"}; SQLAlchemy's flush asks {@code get_bind(mapper)}, whose message names {@code mapper Mapper[…]}.
     */
    @Test
    void test_session_unbound() {
        Session session = new Session(new SessionBinds(null, Map.of(Address.class, e2), Map.of()),
                SessionOptions.DEFAULTS);
        session.add(new User("ed", "Ed"));
        assertThatThrownBy(session::flush).isInstanceOf(UnboundExecutionError.class)
                .hasMessage("Could not locate a bind configured on mapper Mapper[User(user_account)] or this Session.");
        session.close();
    }
}
