package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** Another single-table subclass. */
@Mapped(polymorphicIdentity = "cat")
public class Cat extends Pet {
    @MappedColumn @Nullable Boolean indoor;

    protected Cat() {
    }

    public Cat(String name, boolean indoor) {
        super(name);
        this.indoor = indoor;
    }

    public @Nullable Boolean getIndoor() {
        return indoor;
    }

    public void setIndoor(@Nullable Boolean indoor) {
        this.indoor = indoor;
    }
}
