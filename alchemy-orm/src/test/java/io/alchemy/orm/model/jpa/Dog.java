package io.alchemy.orm.model.jpa;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A dog of a {@link Kennel}, born on a date its kennel orders by. */
@Mapped(table = "dog")
public class Dog {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
    @MappedColumn LocalDate birthDate;
    @MappedColumn(foreignKey = "kennel.id") @Nullable Integer kennelId;
    @Relationship(backPopulates = "dogs") @Nullable Kennel kennel;

    protected Dog() {
    }

    public Dog(String name, LocalDate birthDate) {
        this.name = name;
        this.birthDate = birthDate;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public @Nullable Kennel getKennel() {
        return kennel;
    }
}
