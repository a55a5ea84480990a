package io.alchemy.sql.property;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.DatabaseMatrix;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Tables and columns named with reserved words, mixed case, spaces and punctuation are created by the DDL compiler
 * and then inserted into, filtered, ordered and aliased by the statement compiler, on every database: both quote
 * the same way.
 */
class IdentifierProperties {
    private static final List<TestDatabase> DATABASES = new ArrayList<>();
    private static final List<Engine> ENGINES = new ArrayList<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @BeforeContainer
    static void openDatabases() {
        for (String name : DatabaseMatrix.selected()) {
            TestDatabase db = TestDatabase.fresh(name);
            DATABASES.add(db);
            ENGINES.add(db.engine());
        }
    }

    @AfterContainer
    static void closeDatabases() throws Exception {
        for (TestDatabase db : DATABASES) {
            db.close();
        }
    }

    @Property(tries = 25)
    void oddNamesAreQuotedConsistently(@ForAll("names") String tableWord, @ForAll("names") String first,
            @ForAll("names") String second) {
        String tableName = tableWord + "_" + COUNTER.incrementAndGet();
        String other = first.equalsIgnoreCase(second) ? second + "_2" : second;
        MetaData metadata = new MetaData();
        Table table = metadata.table(tableName, column("id", Types.INTEGER).primaryKey(),
                column(first, Types.STRING), column(other, Types.INTEGER));
        for (Engine engine : ENGINES) {
            metadata.createAll(engine);
            engine.begin(conn -> conn.execute(insert(table), List.of(Map.of(first, "a", other, 1),
                    Map.of(first, "b", other, 2))));
            var alias = table.alias();
            List<Object> values = engine.transaction(conn -> conn.execute(select(alias.c(first))
                    .where(alias.c(other).gt(1)).orderBy(alias.c("id"))).scalars().all());
            assertThat(values).as("%s on %s", tableName, engine.dialect().name()).containsExactly("b");
            metadata.dropAll(engine);
        }
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> reserved = Arbitraries.of("select", "order", "group", "user", "table", "from", "where",
                "Select", "KEY", "desc", "limit", "offset", "values", "column", "check", "default");
        Arbitrary<String> odd = Arbitraries.strings().withChars("abcXYZ_ -$").ofMinLength(1).ofMaxLength(8)
                .filter(s -> !s.isBlank() && s.strip().equals(s) && Character.isLetter(s.charAt(0)));
        return Arbitraries.oneOf(reserved, odd);
    }
}
