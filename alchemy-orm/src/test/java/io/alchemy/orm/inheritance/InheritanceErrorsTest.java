package io.alchemy.orm.inheritance;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.exc.PolymorphicIdentityError;
import io.alchemy.orm.model.inherit.BadHierarchies;
import io.alchemy.orm.model.inherit.Dog;
import io.alchemy.orm.model.inherit.Pet;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad inheritance mappings and rows: typed errors naming the class, the value and the fix. */
class InheritanceErrorsTest {

    @Test
    void aSubclassOfABaseWithoutDiscriminator() {
        assertThatThrownBy(() -> Registry.of(BadHierarchies.Plain.class, BadHierarchies.PlainSub.class))
                .isInstanceOf(ArgumentError.class)
                .hasMessage("Class io.alchemy.orm.model.inherit.BadHierarchies$PlainSub extends mapped class "
                        + "io.alchemy.orm.model.inherit.BadHierarchies$Plain, which names no discriminator: give Plain "
                        + "@Mapped(polymorphicOn = \"<attribute>\") so that rows of the two classes can be told apart");
    }

    @Test
    void inlineLoadingOfAJoinedSubclass() {
        assertThatThrownBy(() -> Registry.of(BadHierarchies.Base.class, BadHierarchies.InlineJoined.class))
                .isInstanceOf(ArgumentError.class)
                .hasMessage("Class io.alchemy.orm.model.inherit.BadHierarchies$InlineJoined declares polymorphicLoad = "
                        + "INLINE, but it is a joined-table subclass (its columns are in table bad_inline_sub): only a "
                        + "single-table subclass's columns load inline; use SELECTIN or the default");
    }

    @Test
    void twoClassesWithTheSameIdentity() {
        assertThatThrownBy(() -> Registry.of(BadHierarchies.Base.class, BadHierarchies.First.class,
                BadHierarchies.Second.class)).isInstanceOf(ArgumentError.class)
                .hasMessage("Classes io.alchemy.orm.model.inherit.BadHierarchies$First and "
                        + "io.alchemy.orm.model.inherit.BadHierarchies$Second both declare polymorphicIdentity = "
                        + "\"twin\"; each class of a hierarchy needs its own");
    }

    @Test
    void aConcreteSubclassWithoutIdentity() {
        assertThatThrownBy(() -> Registry.of(BadHierarchies.Base.class, BadHierarchies.Anonymous.class))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("BadHierarchies$Anonymous extends mapped class")
                .hasMessageContaining("declares no polymorphicIdentity: give it @Mapped(polymorphicIdentity = \"…\")");
    }

    @Test
    void aSubclassDeclaringAPrimaryKey() {
        assertThatThrownBy(() -> Registry.of(BadHierarchies.Base.class, BadHierarchies.Keyed.class))
                .isInstanceOf(ArgumentError.class)
                .hasMessage("Field Keyed.otherId is a primary key, but Keyed inherits its primary key from Base; a "
                        + "subclass declares no primary key of its own");
    }

    @Test
    void aDiscriminatorNamingNoAttribute() {
        assertThatThrownBy(() -> Registry.of(BadHierarchies.UnknownOn.class)).isInstanceOf(ArgumentError.class)
                .hasMessage("Class io.alchemy.orm.model.inherit.BadHierarchies$UnknownOn has polymorphicOn = "
                        + "\"species\", but it has no such attribute; name a @MappedColumn field, one of [id]");
    }

    @Test
    void mappedFieldsInAnUnannotatedSuperclass() {
        assertThatThrownBy(() -> Registry.of(BadHierarchies.Orphan.class)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("inherits mapped field Unannotated.id from "
                        + "io.alchemy.orm.model.inherit.BadHierarchies$Unannotated, which is neither @Mapped nor "
                        + "@MappedSuperclass: annotate Unannotated @MappedSuperclass");
    }

    @Test
    void aSubclassWhoseBaseTheRegistryDoesNotMap() {
        assertThatThrownBy(() -> Registry.of(BadHierarchies.First.class)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("extends mapped class io.alchemy.orm.model.inherit.BadHierarchies$Base, which "
                        + "this registry does not map; map them together");
    }

    @MatrixTest
    void aRowWithADiscriminatorNoClassDeclares(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        engine.begin(conn -> conn.execute(insert(InheritanceModel.registry().mapper(Pet.class).table())
                .values(Map.of("name", "Iggy", "kind", "lizard"))));
        try (Session session = new Session(engine)) {
            assertThatThrownBy(() -> session.scalars(select(Pet.class)).all())
                    .isInstanceOf(PolymorphicIdentityError.class)
                    .hasMessageStartingWith("No such polymorphic_identity 'lizard' is defined: a row of inh_pets has "
                            + "discriminator Pet.kind = 'lizard', which no class of Pet's hierarchy declares; known: ");
            assertThat(session.scalars(select(Dog.class)).all()).isEmpty();    // filtered: the row is never read
        }
    }
}
