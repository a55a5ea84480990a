package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.model.bad.Acquaintance;
import io.alchemy.orm.model.bad.LateChild;
import io.alchemy.orm.model.bad.LateParent;
import io.alchemy.orm.model.bad.ScalarJoinParent;
import org.junit.jupiter.api.Test;

/** The JPA-shaped relationship options fail when the registry is made, with a typed error saying what to change. */
class JpaRelationshipErrorsTest {

    @Test
    void joinColumnsWithoutSecondaryNeedACollection() {
        assertThatThrownBy(() -> Registry.of(ScalarJoinParent.class, LateChild.class)).isInstanceOf(ArgumentError.class)
                .hasMessage("Relationship ScalarJoinParent.child has joinColumns without secondary, which makes a "
                        + "one-to-many: declare it as a List or Set, or name the association table with secondary");
    }

    @Test
    void aChildMappedBeforeItsParentInAnotherCallLacksTheJoinColumn() {
        Registry registry = new Registry().map(LateChild.class);
        try {
            registry.map(LateParent.class);
            assertThatThrownBy(registry::configure).isInstanceOf(ArgumentError.class)
                    .hasMessage("Relationship LateParent.children has joinColumns [late_parent_id], but table "
                            + "'late_child' of LateChild has no column 'late_parent_id': it is added when LateChild is "
                            + "mapped in the same Registry.of/map call as LateParent, or after it");
        } finally {
            registry.dispose();
        }
        Registry together = Registry.of(LateChild.class, LateParent.class);
        try {
            assertThat(together.metadata().tableNamed("late_child").c("late_parent_id").isNullable()).isTrue();
        } finally {
            together.dispose();
        }
        assertThat(Mappers.current(LateChild.class)).isNull();
    }

    @Test
    void aSelfReferentialAssociationTableNeedsItsColumnsNamed() {
        assertThatThrownBy(() -> Registry.of(Acquaintance.class)).isInstanceOf(ArgumentError.class)
                .hasMessage("Relationship Acquaintance.known defines association table 'acquaintances' with the "
                        + "column names [acquaintance_id] and [acquaintance_id] twice; name them with "
                        + "@Relationship(joinColumns = …, inverseJoinColumns = …)");
    }
}
