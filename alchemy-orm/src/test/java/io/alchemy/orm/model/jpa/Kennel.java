package io.alchemy.orm.model.jpa;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** A kennel in the JPA style: a {@code final} collection, ordered by attribute names. */
@Mapped(table = "kennel")
public class Kennel {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
    @Relationship(backPopulates = "kennel", cascade = "all, delete-orphan", orderBy = "birthDate desc, name")
    private final List<Dog> dogs = new ArrayList<>();

    protected Kennel() {
    }

    public Kennel(String name) {
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

    public List<Dog> getDogs() {
        return dogs;
    }

    /** Adds a dog the way JPA code does, through the collection. */
    public void addDog(Dog dog) {
        dogs.add(dog);
    }
}
