package io.alchemy.spring.boot.autoconfigure.replica;

import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;

import io.alchemy.engine.Engine;
import io.alchemy.engine.UsePrimary;
import io.alchemy.orm.Session;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;

/** A service of the replica tests: read-only methods (to the replica) and read-write ones (to the primary). */
public class CustomerDirectory {
    private final Session session;
    private final Engine engine;

    public CustomerDirectory(Session session, Engine engine) {
        this.session = session;
        this.engine = engine;
    }

    /** The value of {@code sql} (e.g. {@code SELECT inet_server_port()}) in a read-only transaction. */
    @Transactional(readOnly = true)
    public Object readOnly(String sql) {
        return scalar(sql);
    }

    /** The value of {@code sql} in a read-write transaction. */
    @Transactional
    public Object readWrite(String sql) {
        return scalar(sql);
    }

    /** {@code sql} through the Session in a read-only transaction. */
    @Transactional(readOnly = true)
    public Object readOnlyThroughSession(String sql) {
        return session.execute(text(sql)).scalar(Object.class);
    }

    @Transactional
    public void register(String name) {
        session.add(new Customer(name));
    }

    /** The customers' names, in a read-only transaction. */
    @Transactional(readOnly = true)
    public List<String> names() {
        return session.scalars(select(Customer.class)).all().stream().map(Customer::getName).sorted().toList();
    }

    /** The customers' names, read from the primary by a read-only transaction. */
    @Transactional(readOnly = true)
    public List<String> namesFromPrimary() {
        return session.scalars(select(Customer.class).options(UsePrimary.usePrimary())).all().stream()
                .map(Customer::getName).sorted().toList();
    }

    /** Tries to write in a read-only transaction. */
    @Transactional(readOnly = true)
    public void insertInReadOnlyTransaction(String name) {
        try (io.alchemy.engine.Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO customer (name, version) VALUES (:name, 1)"), Map.of("name", name));
        }
    }

    private Object scalar(String sql) {
        try (io.alchemy.engine.Connection conn = engine.connect()) {
            return conn.execute(text(sql)).scalar(Object.class);
        }
    }
}
