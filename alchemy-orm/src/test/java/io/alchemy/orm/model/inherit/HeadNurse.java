package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** Three tables deep: {@code inh_staff}, {@code inh_nurses}, {@code inh_head_nurses}. */
@Mapped(table = "inh_head_nurses", polymorphicIdentity = "head_nurse")
public class HeadNurse extends Nurse {
    @MappedColumn(length = 20) String ward = "";

    protected HeadNurse() {
    }

    public HeadNurse(String firstName, String lastName, int shifts, String ward) {
        super(firstName, lastName, shifts);
        this.ward = ward;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }
}
