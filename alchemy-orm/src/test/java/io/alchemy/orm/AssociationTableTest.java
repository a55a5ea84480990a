package io.alchemy.orm;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.model.jpa.Specialty;
import io.alchemy.orm.model.jpa.Vet;
import io.alchemy.schema.Column;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JPA's {@code @JoinTable}: {@code @Relationship(secondary = "vet_specialties", joinColumns = "vet_id",
 * inverseJoinColumns = "specialty_id")} with no class or Core table for {@code vet_specialties}: the registry
 * defines it when configured (the side naming the columns wins over the side naming only the table), so
 * {@code createAll} creates it with the mapped tables.
 */
class AssociationTableTest {

    static Registry registry() {
        if (Mappers.current(Vet.class) != null) {
            return (Registry) Mappers.current(Vet.class).registry();
        }
        // the inverse side first: the owning side's column names still define the table
        Registry registry = new Registry(new MetaData()).map(Specialty.class, Vet.class);
        registry.configure();
        return registry;
    }

    @Test
    void theAssociationTableIsDefinedFromTheRelationship() {
        Table table = registry().metadata().tableNamed("vet_specialties");
        assertThat(table.tableColumns()).extracting(Column::name).containsExactly("vet_id", "specialty_id");
        assertThat(table.primaryKey().columns()).extracting(Column::name).containsExactly("vet_id", "specialty_id");
        assertThat(table.foreignKeys()).extracting(fk -> fk.parent().name() + "->" + fk.target())
                .containsExactly("vet_id->vets.id", "specialty_id->specialties.id");
        assertThat(registry().metadata().sortedTables()).extracting(Table::name).endsWith("vet_specialties");
    }

    @MatrixTest
    void rowsOfTheDefinedTableAreWrittenAndLoadedFromBothSides(TestDatabase db) {
        Engine engine = db.engine();
        registry().metadata().createAll(engine);
        Vet vet = new Vet("Dr. Who");
        Specialty surgery = new Specialty("surgery");
        Specialty dentistry = new Specialty("dentistry");
        vet.getSpecialties().add(surgery);
        vet.getSpecialties().add(dentistry);
        Integer vetId;
        Integer surgeryId;
        Integer dentistryId;
        try (Session session = new Session(engine)) {
            session.add(vet);
            session.flush();
            vetId = vet.getId();
            surgeryId = surgery.getId();
            dentistryId = dentistry.getId();
            session.commit();
        }
        try (Session session = new Session(engine)) {
            Vet loaded = session.get(Vet.class, vetId);
            assertThat(loaded.getSpecialties()).extracting(Specialty::getName).containsExactly("dentistry", "surgery");
            Specialty loadedSurgery = session.get(Specialty.class, surgeryId);
            assertThat(loadedSurgery.getVets()).extracting(Vet::getName).containsExactly("Dr. Who");
            loaded.getSpecialties().remove(loadedSurgery);
            session.commit();
        }
        List<Object> rows = engine.transaction(conn -> conn.execute(text(
                "SELECT specialty_id FROM vet_specialties")).scalars().all());
        assertThat(rows).singleElement().satisfies(id -> assertThat(((Number) id).intValue()).isEqualTo(dentistryId));
    }

    @Test
    void anAssociationTableTheMetaDataHasIsUsedAsItIs() {
        MetaData metadata = registry().metadata();
        assertThat(metadata.tables().keySet().stream().filter("vet_specialties"::equals)).hasSize(1);
        registry().configure();
        assertThat(metadata.tableNamed("vet_specialties")).isSameAs(registry().mapper(Vet.class).relationship("specialties").secondary());
        assertThat(registry().mapper(Specialty.class).relationship("vets").secondary()).isSameAs(metadata.tableNamed("vet_specialties"));
    }
}
