package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** NoSaveCascadeFlushTest._one_to_many_fixture(o2m=True, m2o=False, o2m_cascade=True, m2o_cascade=True): users. */
@Mapped(table = "users")
public class Ns1User {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String name;
    @Relationship(cascade = "save-update", orderBy = "id") List<Ns1Address> addresses = new ArrayList<>();

    public Ns1User() {
    }

    public Ns1User(@Nullable String name) {
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

    public List<Ns1Address> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<Ns1Address> addresses) {
        this.addresses = addresses;
    }

    @Override
    public String toString() {
        return "Ns1User(id=" + id + ", name=" + name + ")";
    }
}
