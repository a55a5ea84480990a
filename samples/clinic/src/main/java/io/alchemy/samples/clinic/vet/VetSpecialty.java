package io.alchemy.samples.clinic.vet;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/**
 * The {@code vet_specialty} association table, mapped so that the registry creates it with the other tables: its
 * primary key is the pair of foreign keys. {@link Vet#getSpecialties()} reads and writes it; nothing uses this class.
 */
@Mapped(table = "vet_specialty")
class VetSpecialty {
    @MappedColumn(primaryKey = true, foreignKey = "vet.id") Integer vetId;
    @MappedColumn(primaryKey = true, foreignKey = "specialty.id") Integer specialtyId;

    protected VetSpecialty() {
    }
}
