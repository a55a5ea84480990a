package io.alchemy.orm.model.vet;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** A clinic's client whose patients load lazily (the default): a detached aggregate for merge. */
@Mapped(table = "vet_client")
public class Client {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
    @Relationship(backPopulates = "client") List<Patient> patients = new ArrayList<>();

    protected Client() {
    }

    public Client(Integer id, String name) {
        this.id = id;
        this.name = name;
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

    public List<Patient> getPatients() {
        return patients;
    }
}
