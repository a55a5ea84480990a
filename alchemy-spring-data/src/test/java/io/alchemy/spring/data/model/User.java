package io.alchemy.spring.data.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The tutorial's user, with an age and an active flag for range and boolean queries. */
@Mapped(table = "user_account")
public class User {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(length = 30) String name;
    @MappedColumn @Nullable String fullname;
    @MappedColumn Integer age;
    @MappedColumn Boolean active;
    @Relationship(backPopulates = "user", cascade = "all, delete-orphan") List<Address> addresses = new ArrayList<>();

    protected User() {
    }

    public User(String name, String fullname, int age, boolean active) {
        this.name = name;
        this.fullname = fullname;
        this.age = age;
        this.active = active;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFullname() {
        return fullname;
    }

    public void setFullname(String fullname) {
        this.fullname = fullname;
    }

    public Integer getAge() {
        return age;
    }

    public Boolean getActive() {
        return active;
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    @Override
    public String toString() {
        return "User(id=" + id + ", name=" + name + ")";
    }
}
