package io.alchemy.orm.model.vet;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** A patient of a client: a species (many-to-one) and appointments (one-to-many), all lazy. */
@Mapped(table = "vet_patient")
public class Patient {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
    @MappedColumn(foreignKey = "vet_client.id") Integer clientId;
    @MappedColumn(foreignKey = "vet_species.id") Integer speciesId;
    @Relationship(backPopulates = "patients") Client client;
    @Relationship Species species;
    @Relationship(backPopulates = "patient") List<Appointment> appointments = new ArrayList<>();

    protected Patient() {
    }

    public Patient(Integer id, String name, Species species) {
        this.id = id;
        this.name = name;
        this.species = species;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Client getClient() {
        return client;
    }

    public Species getSpecies() {
        return species;
    }

    public void setSpecies(Species species) {
        this.species = species;
    }

    public List<Appointment> getAppointments() {
        return appointments;
    }
}
