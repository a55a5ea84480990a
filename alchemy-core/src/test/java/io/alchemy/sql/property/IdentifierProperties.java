package io.alchemy.sql.property;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.Alias;
import io.alchemy.testing.DatabaseMatrix;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property test: tables and columns named with reserved words, mixed case, spaces and punctuation are created by the
 * DDL compiler and then inserted into, filtered, ordered and aliased by the statement compiler, on every database:
 * both quote the same way.
 */
class IdentifierProperties {
    private static final int CASES = 25;
    private static final List<TestDatabase> DATABASES = new ArrayList<>();
    private static final List<Engine> ENGINES = new ArrayList<>();

    @BeforeAll
    static void openDatabases() {
        for (String name : DatabaseMatrix.selected()) {
            TestDatabase db = TestDatabase.fresh(name);
            DATABASES.add(db);
            ENGINES.add(db.engine());
        }
    }

    @AfterAll
    static void closeDatabases() throws Exception {
        for (TestDatabase db : DATABASES) {
            db.close();
        }
    }

    @Test
    void oddNamesAreQuotedConsistently() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomTrees names = new RandomTrees(seed);
            String tableName = names.identifier() + "_" + seed;
            String first = names.identifier();
            String second = names.identifier();
            String other = first.equalsIgnoreCase(second) || second.equalsIgnoreCase("id") ? second + "_2" : second;
            String firstName = first.equalsIgnoreCase("id") ? first + "_1" : first;
            MetaData metadata = new MetaData();
            Table table = metadata.table(tableName, column("id", Types.INTEGER).primaryKey(),
                    column(firstName, Types.STRING), column(other, Types.INTEGER));
            for (Engine engine : ENGINES) {
                metadata.createAll(engine);
                engine.begin(conn -> conn.execute(insert(table), List.of(Map.of(firstName, "a", other, 1),
                        Map.of(firstName, "b", other, 2))));
                Alias alias = table.alias();
                List<Object> values = engine.transaction(conn -> conn.execute(select(alias.c(firstName))
                        .where(alias.c(other).gt(1)).orderBy(alias.c("id"))).scalars().all());
                assertThat(values).as("seed %d: %s (%s, %s) on %s", seed, tableName, firstName, other,
                        engine.dialect().name()).containsExactly("b");
                metadata.dropAll(engine);
            }
        }
    }
}
