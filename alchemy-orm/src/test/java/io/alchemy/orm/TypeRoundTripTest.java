package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.model.Gadget;
import io.alchemy.orm.model.Gadget_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every mapped Java type written by a flush and read back into a new object, on every database. */
class TypeRoundTripTest {

    @MatrixTest
    void anInstantColumnComparesWithAnInstantInAWhereClause(TestDatabase db) {
        Engine engine = db.engine();
        Registry.of(Gadget.class).metadata().createAll(engine);
        try (Session session = new Session(engine)) {
            session.add(Gadget.sample());
            session.commit();
        }
        Instant seen = Instant.parse("2024-03-01T00:00:00Z");
        try (Session session = new Session(engine)) {
            assertThat(session.scalars(select(Gadget.class).where(Gadget_.seenAt.eq(seen))).all()).hasSize(1);
            assertThat(session.scalars(select(Gadget.class).where(Gadget_.seenAt.lt(seen.plusSeconds(1)))).all())
                    .hasSize(1);
            assertThat(session.scalars(select(Gadget.class).where(Gadget_.seenAt.gt(seen))).all()).isEmpty();
        }
    }

    @MatrixTest
    void everyFieldTypeSurvivesAFlushAndALoad(TestDatabase db) {
        Engine engine = db.engine();
        Registry.of(Gadget.class).metadata().createAll(engine);
        Gadget original = Gadget.sample();
        List<Object> written;
        try (Session session = new Session(engine)) {
            session.add(original);
            session.commit();
            written = original.values();
        }
        assertThat(written.get(0)).isEqualTo(1L);
        assertThat(written.get(19)).isEqualTo(0);
        assertThat(written.get(21)).isEqualTo(1);
        try (Session session = new Session(engine)) {
            Gadget loaded = session.get(Gadget.class, 1L);
            assertThat(loaded).isNotSameAs(original);
            List<Object> read = loaded.values();
            assertThat(((BigDecimal) read.get(6)).compareTo((BigDecimal) written.get(6))).isZero();
            read.set(6, written.get(6));
            assertThat(read).isEqualTo(written);

            loaded.setCount(4);
            loaded.setTotal(-1);
            session.commit();
            assertThat(loaded.getCount()).isEqualTo(4);
            assertThat(loaded.values().get(21)).isEqualTo(2);
        }
    }

    @Test
    void aLoadedValueThatDoesNotFitTheFieldIsAClearError() {
        Registry registry = Registry.of(Gadget.class);
        ColumnProperty count = registry.mapper(Gadget.class).columnProperty("count");
        Gadget gadget = Gadget.sample();
        count.set(gadget, 5L);
        assertThat(gadget.getCount()).isEqualTo(5);
        assertThatThrownBy(() -> count.set(gadget, 5_000_000_000L)).isInstanceOf(ArgumentError.class)
                .hasMessage("Field Gadget.count of type int cannot hold a java.lang.Long (5000000000)");
        assertThatThrownBy(() -> count.set(gadget, null)).isInstanceOf(ArgumentError.class)
                .hasMessage("Field Gadget.count is a primitive int and cannot hold NULL; declare it Integer");
        assertThatThrownBy(() -> count.set(gadget, "five")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("cannot hold a java.lang.String");
    }
}
