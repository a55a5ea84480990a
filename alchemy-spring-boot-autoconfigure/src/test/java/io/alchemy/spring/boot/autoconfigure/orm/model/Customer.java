package io.alchemy.spring.boot.autoconfigure.orm.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Version;

/** A mapped class of the test application: a unique name and a version counter. */
@Mapped
public class Customer {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(length = 30, unique = true) String name;
    @Version int version;

    protected Customer() {
    }

    public Customer(String name) {
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

    public int getVersion() {
        return version;
    }
}
