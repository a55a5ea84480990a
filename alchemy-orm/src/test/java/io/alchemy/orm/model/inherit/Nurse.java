package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** Another joined-table subclass. */
@Mapped(table = "inh_nurses", polymorphicIdentity = "nurse")
public class Nurse extends Staff {
    @MappedColumn Integer shifts = 0;

    protected Nurse() {
    }

    public Nurse(String firstName, String lastName, int shifts) {
        super(firstName, lastName);
        this.shifts = shifts;
    }

    public Integer getShifts() {
        return shifts;
    }

    public void setShifts(Integer shifts) {
        this.shifts = shifts;
    }
}
