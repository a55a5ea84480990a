package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.exc.UnmappedClassError;
import io.alchemy.orm.mapping.Cascade;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.bad.Lonely;
import io.alchemy.orm.model.bad.NoConstructor;
import io.alchemy.orm.model.bad.NoKey;
import io.alchemy.orm.model.bad.NullablePrimitive;
import io.alchemy.orm.model.bad.PenPal;
import io.alchemy.orm.model.bad.PenPal_;
import io.alchemy.orm.model.bad.Stranger;
import io.alchemy.orm.model.bad.UnknownType;
import io.alchemy.orm.model.bad.WrongType;
import org.junit.jupiter.api.Test;

/** Bad mappings fail when the registry is made, with a typed error naming the class, field and fix. */
class MappingErrorsTest {

    @Test
    void aClassWithoutPrimaryKey() {
        assertThatThrownBy(() -> Registry.of(NoKey.class)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Mapper for io.alchemy.orm.model.bad.NoKey could not assemble any primary key "
                        + "columns for mapped table 'no_key'");
    }

    @Test
    void aNullablePrimitiveField() {
        assertThatThrownBy(() -> Registry.of(NullablePrimitive.class)).isInstanceOf(ArgumentError.class)
                .hasMessage("Field NullablePrimitive.count is declared nullable but its type int cannot hold null; use Integer");
    }

    @Test
    void aFieldTypeWithoutSqlType() {
        assertThatThrownBy(() -> Registry.of(UnknownType.class)).isInstanceOf(ArgumentError.class)
                .hasMessageStartingWith("No SQL type for field UnknownType.text of type java.lang.StringBuilder");
    }

    @Test
    void aColumnTypeWhoseValuesDoNotFitTheField() {
        assertThatThrownBy(() -> Registry.of(WrongType.class)).isInstanceOf(ArgumentError.class)
                .hasMessageStartingWith("Field WrongType.amount of type java.lang.String cannot hold the values of its "
                        + "column type INTEGER (java.lang.Integer)");
    }

    @Test
    void aClassWithoutNoArgumentConstructor() {
        assertThatThrownBy(() -> Registry.of(NoConstructor.class)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("needs a no-argument constructor");
    }

    @Test
    void aClassThatIsNotMapped() {
        assertThatThrownBy(() -> Registry.of(String.class)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("java.lang.String is not annotated @Mapped");
        assertThatThrownBy(() -> Registry.mapperFor(StringBuilder.class)).isInstanceOf(UnmappedClassError.class)
                .hasMessageContaining("neither annotated @Mapped nor mapped imperatively");
    }

    @Test
    void aRelationshipWithoutForeignKeyThenAMissingMirrorAndNothingStaysMapped() {
        assertThatThrownBy(() -> Registry.of(Lonely.class, Stranger.class, PenPal.class))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Relationship Lonely.strangers could not determine its join condition")
                .hasMessageContaining("no foreign keys linking tables 'lonely' and 'stranger'");
        assertThatThrownBy(() -> Registry.of(Stranger.class, PenPal.class)).isInstanceOf(ArgumentError.class)
                .hasMessage("Relationship Stranger.penPal has backPopulates = \"nope\", but PenPal has no relationship "
                        + "named 'nope'");
        assertThatThrownBy(() -> Registry.mapperFor(PenPal.class)).isInstanceOf(UnmappedClassError.class)
                .hasMessageContaining("annotated @Mapped but no Registry maps it yet");
        assertThatThrownBy(() -> PenPal_.id.column()).isInstanceOf(UnmappedClassError.class);
    }

    @Test
    void classesPartlyMappedByAnotherRegistry() {
        DeclarativeMappingTest.tutorial();
        assertThatThrownBy(() -> Registry.of(User.class, PenPal.class)).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("partly mapped by another Registry");
    }

    @Test
    void aDisposedRegistryReleasesItsClasses() {
        Registry first = Registry.of(PenPal.class);
        assertThat(Registry.mapperFor(PenPal.class).registry()).isSameAs(first);
        first.dispose();
        assertThatThrownBy(() -> first.map(PenPal.class)).isInstanceOf(InvalidRequestError.class)
                .hasMessage("This Registry was disposed");
        Registry second = Registry.of(PenPal.class);
        try {
            assertThat(second).isNotSameAs(first);
            assertThat(PenPal_.id.column()).isSameAs(second.metadata().tableNamed("pen_pal").c("id"));
        } finally {
            second.dispose();
        }
    }

    @Test
    void anUnknownCascade() {
        assertThat(Cascade.parse("all")).doesNotContain(Cascade.DELETE_ORPHAN).contains(Cascade.DELETE);
        assertThat(Cascade.parse("all, delete-orphan")).hasSize(Cascade.values().length);
        assertThat(Cascade.parse("none")).isEmpty();
        assertThatThrownBy(() -> Cascade.parse("save-update, explode")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Invalid cascade option(s): 'explode'");
    }
}
