package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.OrderTerm;
import io.alchemy.orm.model.bad.Shelf;
import io.alchemy.orm.model.bad.ShelfBook;
import io.alchemy.orm.model.jpa.Kennel;
import org.junit.jupiter.api.Test;

/**
 * {@code @Relationship(orderBy = …)} names attributes of the target ({@code "birthDate desc, name"}), resolved when
 * the registry is configured; an unknown one fails there, naming the entity, the relationship and the attribute.
 * (The order a load gives is checked on every database by {@link FinalCollectionTest}.)
 */
class OrderByAttributesTest {

    @Test
    void attributeNamesResolveToTheirColumnsWithTheirDirections() {
        Registry registry = FinalCollectionTest.registry();
        assertThat(registry.mapper(Kennel.class).relationship("dogs").ordering())
                .extracting(term -> term.column().name(), OrderTerm::descending)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("birth_date", true),
                        org.assertj.core.groups.Tuple.tuple("name", false));
    }

    @Test
    void anUnknownAttributeFailsWhenTheRegistryIsConfigured() {
        assertThatThrownBy(() -> Registry.of(Shelf.class, ShelfBook.class)).isInstanceOf(ArgumentError.class)
                .hasMessage("Relationship Shelf.books has orderBy = \"titel desc\" with unknown attribute 'titel': "
                        + "ShelfBook has the attributes [id, title, shelfId]");
    }
}
