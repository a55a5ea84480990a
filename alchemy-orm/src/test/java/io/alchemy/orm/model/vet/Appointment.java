package io.alchemy.orm.model.vet;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;

/** One appointment of a patient. */
@Mapped(table = "vet_appointment")
public class Appointment {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String note;
    @MappedColumn(foreignKey = "vet_patient.id") Integer patientId;
    @Relationship(backPopulates = "appointments") Patient patient;

    protected Appointment() {
    }

    public Appointment(Integer id, String note) {
        this.id = id;
        this.note = note;
    }

    public Integer getId() {
        return id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Patient getPatient() {
        return patient;
    }
}
