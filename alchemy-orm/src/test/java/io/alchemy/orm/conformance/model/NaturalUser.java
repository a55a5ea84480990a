package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** SQLAlchemy's {@code NaturalPKRollbackTest} {@code User}: table {@code users} whose primary key is {@code name}. */
@Mapped(table = "users")
public class NaturalUser {
    @MappedColumn(primaryKey = true, length = 50) String name;

    public NaturalUser() {
    }

    public NaturalUser(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
