package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** NoSaveCascadeFlushTest._one_to_many_fixture(o2m=True, m2o=True, o2m_cascade=False, m2o_cascade=True): users. */
@Mapped(table = "users")
public class Ns4User {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String name;
    @Relationship(cascade = "", backPopulates = "user", orderBy = "id") List<Ns4Address> addresses = new ArrayList<>();

    public Ns4User() {
    }

    public Ns4User(@Nullable String name) {
        this.name = name;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public List<Ns4Address> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<Ns4Address> addresses) {
        this.addresses = addresses;
    }

    @Override
    public String toString() {
        return "Ns4User(id=" + id + ", name=" + name + ")";
    }
}
