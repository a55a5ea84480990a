package io.alchemy.orm.conformance.model.doublem2o;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** DoubleParentM2OOrphanTest: Home on table homes (column home_id keyed id). */
@Mapped(table = "homes")
public class Home {
    @MappedColumn(name = "home_id", primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String description;
    @MappedColumn(foreignKey = "addresses.address_id") @Nullable Integer addressId;
    @Relationship(cascade = "all,delete-orphan") @Nullable Address address;

    public Home() {
    }

    public Home(@Nullable String description, @Nullable Address address) {
        this.description = description;
        this.address = address;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable Address getAddress() {
        return address;
    }
}
