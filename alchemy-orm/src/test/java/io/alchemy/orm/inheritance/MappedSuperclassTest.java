package io.alchemy.orm.inheritance;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Orm;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.inherit.BaseEntity;
import io.alchemy.orm.model.inherit.Owner;
import io.alchemy.orm.model.inherit.Owner_;
import io.alchemy.orm.model.inherit.PetType;
import io.alchemy.orm.model.inherit.PetType_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Mapped superclasses: PetClinic's BaseEntity / NamedEntity / Person, their fields and constraints inherited. */
class MappedSuperclassTest {

    @Test
    void theMetamodelOfASubclassHasTheInheritedAttributesFirst() {
        InheritanceModel.registry();
        assertThat(PetType_.id.attributeName()).isEqualTo("id");
        assertThat(PetType_.name.entityClass()).isEqualTo(PetType.class);
        assertThat(Owner_.firstName.column().table().name()).isEqualTo("inh_owners");
        assertThat(InheritanceModel.registry().mapper(Owner.class).attributes().keySet())
                .containsExactly("id", "firstName", "lastName", "city", "pets");
    }

    @Test
    void beanValidationConstraintsOnInheritedFieldsApply() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        Set<ConstraintViolation<Owner>> violations = validator.validate(new Owner("", "Franklin", "Madison"));
        assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsExactly("firstName");
        assertThat(validator.validate(new PetType(" "))).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("name");
    }

    @MatrixTest
    void inheritedFieldsAreColumnsOfEachSubclassTableAndTrackedInTheSuperclassCode(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        try (Session session = new Session(engine)) {
            PetType cat = new PetType("cat");
            assertThat(cat.isNew()).isTrue();
            session.add(cat);
            session.commit();
            assertThat(Orm.inspect(cat).unloaded()).contains("id", "name");
            assertThat(cat.isNew()).isFalse();            // BaseEntity's own read of id loads the expired object
            cat.setName("feline");                        // NamedEntity's own write is seen by the Session
            assertThat(session.dirty()).containsExactly(cat);
            session.commit();
        }
        try (Session session = new Session(engine)) {
            assertThat(session.scalars(select(PetType.class).where(PetType_.name.eq("feline"))).one().getId())
                    .isNotNull();
        }
    }

    @Test
    void theStateLivesInTheTopmostEnhancedClassAndSubclassesRouteWhatTheyInherit() throws Exception {
        assertThat(io.alchemy.orm.internal.ManagedEntity.class).isAssignableFrom(Owner.class);
        assertThat(BaseEntity.class.getDeclaredField("$alchemy$state")).isNotNull();
        assertThat(java.util.Arrays.stream(Owner.class.getDeclaredFields()).map(java.lang.reflect.Field::getName))
                .doesNotContain("$alchemy$state");
        assertThat(java.util.Arrays.stream(Owner.class.getDeclaredMethods()).map(java.lang.reflect.Method::getName))
                .contains("$alchemy$set$firstName", "$alchemy$get$lastName", "$alchemy$set$city");
    }

    @MatrixTest
    void aSubclassWritingAnInheritedFieldInItsOwnCodeIsSeenByTheFlush(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        try (Session session = new Session(engine)) {
            Owner owner = new Owner("George", "Franklin", "Madison");
            session.add(owner);
            session.commit();
            owner.rename("Georgie");
            assertThat(session.dirty()).containsExactly(owner);
            session.commit();
        }
        try (Session session = new Session(engine)) {
            assertThat(session.scalars(select(Owner.class)).one().getFirstName()).isEqualTo("Georgie");
        }
    }
}
