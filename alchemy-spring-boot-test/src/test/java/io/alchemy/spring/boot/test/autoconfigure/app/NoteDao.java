package io.alchemy.spring.boot.test.autoconfigure.app;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** A Core DAO of the test application: in the slice only when an include filter names it. */
@Repository
public class NoteDao {
    private final Engine engine;
    private final Registry registry;

    public NoteDao(Engine engine, Registry registry) {
        this.engine = engine;
        this.registry = registry;
    }

    public void insert(String text) {
        engine.begin(conn -> conn.execute(io.alchemy.Alchemy.insert(registry.metadata().tables().get("note")),
                Map.of("text", text)));
    }
}
