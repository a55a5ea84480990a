package io.alchemy.orm.inheritance;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.orm.model.inherit.Cat;
import io.alchemy.orm.model.inherit.Dog;
import io.alchemy.orm.model.inherit.HeadNurse;
import io.alchemy.orm.model.inherit.Nurse;
import io.alchemy.orm.model.inherit.Owner;
import io.alchemy.orm.model.inherit.Pet;
import io.alchemy.orm.model.inherit.PetType;
import io.alchemy.orm.model.inherit.Puppy;
import io.alchemy.orm.model.inherit.Staff;
import io.alchemy.orm.model.inherit.Vet;
import io.alchemy.orm.model.inherit.Visit;
import io.alchemy.testing.TestDatabase;

/** The registry of the inheritance models and their tables in a test database. */
final class InheritanceModel {
    private InheritanceModel() {
    }

    static Registry registry() {
        return Registry.of(PetType.class, Owner.class, Pet.class, Dog.class, Puppy.class, Cat.class, Staff.class,
                Vet.class, Nurse.class, HeadNurse.class, Visit.class);
    }

    static Engine database(TestDatabase db) {
        Engine engine = db.engine();
        registry().metadata().createAll(engine);
        return engine;
    }
}
