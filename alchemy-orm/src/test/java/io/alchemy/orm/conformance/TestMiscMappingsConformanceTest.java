package io.alchemy.orm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.Cascade;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.Set;

/**
 * SQLAlchemy's {@code test/orm/test_cascade.py}, {@code CascadeArgTest}: the cascade argument as a relationship takes
 * it ({@code relationship(Address, cascade=…)} is {@link Cascade#parse}, what {@code @Relationship(cascade = …)}
 * runs).
 */
@PortedFrom("test/orm/test_cascade.py")
class TestMiscMappingsConformanceTest {

    /** CascadeArgTest.test_delete_orphan_without_delete */
    @MatrixTest
    void test_delete_orphan_without_delete(TestDatabase db) {
        try (LogCapture log = LogCapture.of("io.alchemy.orm.mapping.Cascade")) {
            Cascade.parse("save-update, delete-orphan");
            assertThat(String.join("\n", log.messages()))
                    .contains("The 'delete-orphan' cascade option requires 'delete'.");
        }
    }

    /** CascadeArgTest.test_bad_cascade */
    @MatrixTest
    void test_bad_cascade(TestDatabase db) {
        assertThatThrownBy(() -> Cascade.parse("fake, all, delete-orphan, fake2")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Invalid cascade option(s): 'fake', 'fake2'");
    }

    /** CascadeArgTest.test_cascade_immutable ({@code CascadeOptions} is a frozenset: an unmodifiable set) */
    @MatrixTest
    void test_cascade_immutable(TestDatabase db) {
        Set<Cascade> options = Cascade.parse("all, delete-orphan");
        assertThatThrownBy(() -> options.add(Cascade.DELETE)).isInstanceOf(UnsupportedOperationException.class);
    }
}
