package io.alchemy.samples.clinic.owner;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One visit of a pet to the clinic. */
@Mapped(table = "visit")
public class Visit {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(foreignKey = "pet.id") Integer petId;
    @MappedColumn @NotNull LocalDate visitDate = LocalDate.now();
    @MappedColumn(length = 255) @NotBlank @Size(max = 255) String description;
    @Relationship(backPopulates = "visits") Pet pet;

    /** A visit today, for the new-visit form. */
    public Visit() {
    }

    /** A visit on {@code visitDate}. */
    public Visit(LocalDate visitDate, String description) {
        this.visitDate = visitDate;
        this.description = description;
    }

    public Integer getId() {
        return id;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Pet getPet() {
        return pet;
    }
}
