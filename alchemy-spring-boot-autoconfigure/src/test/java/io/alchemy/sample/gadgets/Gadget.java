package io.alchemy.sample.gadgets;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/**
 * A mapped class of the sample application whose repositories are auto-configured; outside the auto-configuration
 * packages, so that tests scanning those (a @SpringBootApplication there) do not map it.
 */
@Mapped(table = "gadget")
public class Gadget {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(length = 30, unique = true) String name;

    protected Gadget() {
    }

    public Gadget(String name) {
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
}
