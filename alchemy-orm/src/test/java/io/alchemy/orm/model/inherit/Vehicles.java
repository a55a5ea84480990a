package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.PolymorphicLoad;
import org.jspecify.annotations.Nullable;

/**
 * A single-table hierarchy whose subclasses load their columns both ways: {@link Car} inline (the default),
 * {@link Truck} with one SELECT after the rows ({@code polymorphicLoad = SELECTIN}).
 */
public final class Vehicles {
    private Vehicles() {
    }

    /** The base: id, kind (the discriminator), name. */
    @Mapped(table = "inh_vehicles", polymorphicOn = "kind", polymorphicIdentity = "vehicle")
    public static class Vehicle {
        @MappedColumn(primaryKey = true) public @Nullable Integer id;
        @MappedColumn(length = 10) public @Nullable String kind;
        @MappedColumn(length = 20) public @Nullable String name;
    }

    /** Its column doors is read by a query of {@link Vehicle} in the same SELECT. */
    @Mapped(polymorphicIdentity = "car")
    public static class Car extends Vehicle {
        @MappedColumn public @Nullable Integer doors;
    }

    /** Its column payload loads after a query of {@link Vehicle}, for all its objects at once. */
    @Mapped(polymorphicIdentity = "truck", polymorphicLoad = PolymorphicLoad.SELECTIN)
    public static class Truck extends Vehicle {
        @MappedColumn public @Nullable Integer payload;
    }
}
