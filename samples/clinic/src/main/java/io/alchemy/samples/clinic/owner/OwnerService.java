package io.alchemy.samples.clinic.owner;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.LoaderOptions.selectinload;

import io.alchemy.orm.Session;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner aggregate (owner, pets, their types and visits), each method one transaction whose Session flushes at
 * commit. What the pages read is loaded in the transaction, so the templates never load anything; what the forms
 * edit comes back detached and is saved with {@code Session.merge} (through the repository's {@code save}).
 */
@Service
@Transactional
public class OwnerService {
    private final OwnerRepository owners;
    private final PetTypeRepository types;
    private final Session session;

    public OwnerService(OwnerRepository owners, PetTypeRepository types, Session session) {
        this.owners = owners;
        this.types = types;
        this.session = session;
    }

    /**
     * One page of the owners whose last name starts with {@code lastName} (all for an empty one), by last and first
     * name, with their pets and the pets' types: a count, the owners, their pets (types joined).
     */
    @Transactional(readOnly = true)
    public Page<Owner> findByLastName(String lastName, int page, int size) {
        Pageable pageable = PageRequest.of(page, size, Sort.by("lastName", "firstName", "id"));
        return owners.findAll(Owner_.lastName.startswith(lastName, true), pageable);
    }

    /**
     * The owner with everything its page and forms read: the owner, its pets with their types (joined) and the
     * columns of their own classes (same table, same SELECT), the pets' visits: three SELECTs, however many pets and
     * visits. The pets' owner and the visits' pet are set from the
     * identity map (no SQL), so the detached aggregate can be walked both ways.
     */
    @Transactional(readOnly = true)
    public Optional<Owner> ownerPage(int id) {
        return Optional.ofNullable(session.scalars(select(Owner.class).where(Owner_.id.eq(id)).options(
                selectinload(Owner_.pets).selectinload(Pet_.owner),
                selectinload(Owner_.pets).selectinload(Pet_.visits).selectinload(Visit_.pet))).first());
    }

    /**
     * Saves a new owner, or an edited detached one with whatever it holds (pets and visits added, changed or removed):
     * a merge that reads the stored aggregate in a few statements whatever its size, then the changed rows.
     */
    public Owner save(Owner owner) {
        return owners.save(owner);
    }

    /** Adds a new pet (of the class its type says: a {@link Dog}, a {@link Cat}, a {@link Pet}) to the owner. */
    public Pet addPet(int ownerId, Pet form) {
        Owner owner = owners.findById(ownerId).orElseThrow(() -> new OwnerNotFound("owner " + ownerId));
        Pet pet = Pet.of(java.util.Objects.requireNonNull(form.getType()), form.getName(), form.getBirthDate());
        owner.addPet(pet);
        owners.flush();
        return pet;
    }

    /**
     * The owner aggregate of {@link #ownerPage} with the pet its pet form edits (its own class's columns, a dog's
     * breed or a cat's indoor flag, were read with it).
     */
    @Transactional(readOnly = true)
    public Optional<Pet> petForm(int ownerId, int petId) {
        return ownerPage(ownerId).flatMap(owner -> owner.pet(petId));
    }

    /** Adds a visit to the owner's pet. */
    public Visit addVisit(int ownerId, int petId, Visit visit) {
        Owner owner = owners.findById(ownerId).orElseThrow(() -> new OwnerNotFound("owner " + ownerId));
        Pet pet = owner.pet(petId).orElseThrow(() -> new OwnerNotFound("pet " + petId + " of owner " + ownerId));
        pet.addVisit(visit);
        owners.flush();
        return visit;
    }

    /** The pet types by name. */
    @Transactional(readOnly = true)
    public List<PetType> petTypes() {
        return types.findAllByOrderByName();
    }

    /** The pet type with this id. */
    @Transactional(readOnly = true)
    public Optional<PetType> petType(int id) {
        return types.findById(id);
    }

    /** Adds pet types by name. */
    public List<PetType> addPetTypes(List<String> names) {
        return types.saveAll(names.stream().map(PetType::new).toList());
    }

    /** Whether there are pet types yet. */
    @Transactional(readOnly = true)
    public boolean anyPetTypes() {
        return types.count() > 0;
    }
}
