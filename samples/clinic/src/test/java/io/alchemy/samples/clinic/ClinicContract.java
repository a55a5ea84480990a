package io.alchemy.samples.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.alchemy.engine.Engine;
import io.alchemy.samples.clinic.owner.Cat;
import io.alchemy.samples.clinic.owner.Dog;
import io.alchemy.samples.clinic.owner.Owner;
import io.alchemy.samples.clinic.owner.OwnerService;
import io.alchemy.samples.clinic.owner.Pet;
import io.alchemy.samples.clinic.owner.PetType;
import io.alchemy.samples.clinic.owner.Visit;
import io.alchemy.testing.SqlRecorder;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The clinic's pages and forms through MockMvc, on one database (a subclass per database), with the statement counts
 * of its two hottest flows: the owner page, and saving an edited detached owner, whatever its number of pets and
 * visits; N+1 detection raises. Every test works on owners of its own (a last name made for it), so the classes can
 * share a database.
 */
@SpringBootTest(properties = "alchemy.n-plus-one=raise")
@AutoConfigureMockMvc
abstract class ClinicContract {
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired OwnerService owners;
    @Autowired Engine engine;

    /** A last name no other test uses. */
    static String uniqueName(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 100_000_000L, 36) + NAMES.incrementAndGet();
    }

    /** A stored owner with {@code pets} pets and {@code visits} visits spread over them. */
    Owner storedOwner(String lastName, int pets, int visits) {
        List<PetType> types = owners.petTypes();
        Owner owner = new Owner("Jean", lastName, "12 Rue des Lilas", "Lyon", "0612345678");
        for (int p = 0; p < pets; p++) {
            Pet pet = Pet.of(types.get(p % types.size()), "pet-" + p, LocalDate.of(2020, 1, 1 + p));
            if (pet instanceof Dog dog) {
                dog.setBreed("breed-" + p);
            } else if (pet instanceof Cat cat) {
                cat.setIndoor(p % 4 == 1);            // types by name: bird, cat, dog, …
            }
            owner.addPet(pet);
        }
        for (int v = 0; v < visits; v++) {
            owner.getPets().get(v % pets).addVisit(new Visit(LocalDate.of(2024, 3, 1 + v % 28), "visit-" + v));
        }
        return owners.save(owner);
    }

    /** The SQL statements {@code work} sends (BEGIN, COMMIT and ROLLBACK are not statements). */
    <T> Counted<T> counting(Supplier<T> work) {
        SqlRecorder recorder = SqlRecorder.on(engine);
        try {
            T result = work.get();
            return new Counted<>(result, recorder.takeStatements().stream().map(SqlRecorder.Executed::sql).toList());
        } finally {
            engine.removeListener(recorder);
        }
    }

    record Counted<T>(T result, List<String> statements) {
    }

    private Counted<String> ownerPage(int ownerId) {
        return counting(() -> {
            try {
                return mvc.perform(get("/owners/{id}", ownerId)).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theOwnerPageShowsPetsTypesTheirOwnClassesColumnsAndVisitsInThreeStatementsWhateverTheirNumber() {
        Owner small = storedOwner(uniqueName("Page"), 3, 5);
        Owner big = storedOwner(uniqueName("Page"), 9, 40);

        Counted<String> smallPage = ownerPage(small.getId());
        Counted<String> bigPage = ownerPage(big.getId());

        // 3, under Hibernate's 4 for this page: the owner; its pets joined with their types, with the dogs' breed
        // and the cats' indoor flag (columns of the same table, read inline); the pets' visits
        assertThat(smallPage.statements()).hasSize(3).allSatisfy(sql -> assertThat(sql).startsWith("SELECT"));
        assertThat(smallPage.statements().get(1)).contains("pet.breed", "pet.indoor");
        assertThat(bigPage.statements()).hasSize(3);
        assertThat(smallPage.result()).contains(small.getLastName(), "pet-0", "pet-2", "visit-0", "visit-4")
                .contains(small.getPets().get(0).getType().getName());
        assertThat(bigPage.result()).contains("pet-8", "visit-39");
        for (Pet pet : big.getPets()) {
            if (pet instanceof Dog dog) {
                assertThat(bigPage.result()).contains("<span class=\"pet-details\">" + dog.getBreed() + "</span>");
            }
        }
        assertThat(bigPage.result()).contains("<span class=\"pet-details\">indoor</span>",
                "<span class=\"pet-details\">outdoor</span>");
    }

    private static Owner edit(Owner detached) {
        detached.setTelephone("0699999999");
        detached.setCity("Villeurbanne");
        return detached;
    }

    @Test
    void savingAnEditedDetachedOwnerTakesFourStatementsWhateverItsPetsAndVisits() {
        Owner small = storedOwner(uniqueName("Save"), 3, 5);
        Owner big = storedOwner(uniqueName("Save"), 12, 60);
        Owner smallDetached = edit(owners.ownerPage(small.getId()).orElseThrow());
        Owner bigDetached = edit(owners.ownerPage(big.getId()).orElseThrow());

        Counted<Owner> smallSave = counting(() -> owners.save(smallDetached));
        Counted<Owner> bigSave = counting(() -> owners.save(bigDetached));

        // 4, under Hibernate's 5 for this flow: the merge reads the owner, its pets with their types and their own
        // classes' columns, and the pets' visits, then the flush writes the one changed row
        assertThat(smallSave.statements()).hasSize(4).last().asString().startsWith("UPDATE owner SET");
        assertThat(bigSave.statements()).hasSize(4);
        Owner stored = owners.ownerPage(small.getId()).orElseThrow();
        assertThat(stored.getTelephone()).isEqualTo("0699999999");
        assertThat(stored.getCity()).isEqualTo("Villeurbanne");
        assertThat(stored.getPets()).hasSize(3);
        assertThat(stored.getPets().stream().mapToInt(pet -> pet.getVisits().size()).sum()).isEqualTo(5);
    }

    @Test
    void savingADetachedOwnerWithAnEditedPetAndVisitWritesOnlyThoseRows() {
        Owner owner = storedOwner(uniqueName("Deep"), 3, 5);
        Owner detached = owners.ownerPage(owner.getId()).orElseThrow();
        Pet pet = detached.getPets().get(1);
        pet.setName("renamed");
        Visit visit = detached.getPets().get(0).getVisits().get(0);
        visit.setDescription("vaccinated");
        detached.getPets().get(2).addVisit(new Visit(LocalDate.of(2025, 1, 2), "new visit"));

        Counted<Owner> saved = counting(() -> owners.save(detached));

        // the owner, its pets with their types and own classes' columns, their visits; then UPDATE pet,
        // UPDATE visit, INSERT visit
        assertThat(saved.statements()).hasSize(6);
        assertThat(saved.statements().subList(0, 3)).allSatisfy(sql -> assertThat(sql).startsWith("SELECT"));
        assertThat(saved.statements().subList(3, 6)).satisfiesExactly(
                sql -> assertThat(sql).startsWith("UPDATE pet SET name="),
                sql -> assertThat(sql).startsWith("UPDATE visit SET description="),
                sql -> assertThat(sql).startsWith("INSERT INTO visit"));
        Owner stored = owners.ownerPage(owner.getId()).orElseThrow();
        assertThat(stored.pet(pet.getId()).orElseThrow().getName()).isEqualTo("renamed");
        assertThat(stored.getPets()).flatExtracting(Pet::getVisits).extracting(Visit::getDescription)
                .contains("vaccinated", "new visit").hasSize(6);
    }

    @Test
    void theEditOwnerFormSavesTheDetachedAggregateItKeptInTheHttpSession() throws Exception {
        Owner owner = storedOwner(uniqueName("Form"), 3, 5);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/owners/{id}/edit", owner.getId()).session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString(owner.getLastName())));

        Counted<Object> post = counting(() -> perform(() -> mvc.perform(post("/owners/{id}/edit", owner.getId())
                .session(session).param("firstName", "Jeanne").param("lastName", owner.getLastName())
                .param("address", "3 Quai Perrache").param("city", "Lyon").param("telephone", "0611111111")
                .param("id", "999").param("pets", "")).andExpect(redirectedUrl("/owners/" + owner.getId()))));

        assertThat(post.statements()).hasSize(4).last().asString().startsWith("UPDATE owner SET");
        Owner stored = owners.ownerPage(owner.getId()).orElseThrow();
        assertThat(stored.getFirstName()).isEqualTo("Jeanne");
        assertThat(stored.getAddress()).isEqualTo("3 Quai Perrache");
        assertThat(stored.getPets()).hasSize(3);
        assertThat(stored.getPets().stream().mapToInt(pet -> pet.getVisits().size()).sum()).isEqualTo(5);
    }

    @Test
    void anInvalidOwnerIsShownAgainWithItsErrorsAndNotSaved() throws Exception {
        String lastName = uniqueName("Bad");
        mvc.perform(post("/owners/new").param("firstName", "").param("lastName", lastName)
                        .param("address", "1 Main St").param("city", "Nantes").param("telephone", "12ab"))
                .andExpect(status().isOk()).andExpect(view().name("owners/form"))
                .andExpect(model().attributeHasFieldErrors("owner", "firstName", "telephone"))
                .andExpect(content().string(containsString("must be 10 digits")));
        assertThat(owners.findByLastName(lastName, 0, 5).getTotalElements()).isZero();
    }

    @Test
    void aNewOwnerIsSavedAndShown() throws Exception {
        String lastName = uniqueName("New");
        String location = mvc.perform(post("/owners/new").param("firstName", "Ana").param("lastName", lastName)
                        .param("address", "1 Main St").param("city", "Nantes").param("telephone", "0123456789"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ana " + lastName)));
    }

    @Test
    void theSearchByLastNamePagesItsResults() throws Exception {
        String prefix = uniqueName("Srch");
        for (int i = 0; i < 7; i++) {
            storedOwner(prefix + (char) ('a' + i), 1, 0);
        }
        mvc.perform(get("/owners").param("lastName", prefix)).andExpect(status().isOk())
                .andExpect(view().name("owners/list"))
                .andExpect(content().string(containsString(prefix + "a")))
                .andExpect(content().string(containsString(prefix + "e")))
                .andExpect(content().string(not(containsString(prefix + "f"))))
                .andExpect(content().string(containsString("(<span>7</span> owners)")));
        mvc.perform(get("/owners").param("lastName", prefix).param("page", "2")).andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + "g")))
                .andExpect(content().string(not(containsString(prefix + "a<"))));
        mvc.perform(get("/owners").param("lastName", prefix + "c"))
                .andExpect(redirectedUrl("/owners/" + owners.findByLastName(prefix + "c", 0, 5).getContent().get(0).getId()));
        mvc.perform(get("/owners").param("lastName", prefix + "zz")).andExpect(view().name("owners/find"))
                .andExpect(content().string(containsString("has no owner")));
    }

    @Test
    void aSearchedNameIsAValueNotSql() throws Exception {
        mvc.perform(get("/owners").param("lastName", "%' OR 1=1 --")).andExpect(status().isOk())
                .andExpect(view().name("owners/find"));
    }

    @Test
    void aPetIsAddedThenEditedThroughTheDetachedAggregate() throws Exception {
        Owner owner = storedOwner(uniqueName("Pet"), 1, 2);
        PetType snake = owners.petTypes().stream().filter(t -> t.getName().equals("snake")).findFirst().orElseThrow();
        mvc.perform(post("/owners/{id}/pets/new", owner.getId()).param("name", "Kaa").param("birthDate", "2021-05-04")
                .param("type", snake.getId().toString())).andExpect(redirectedUrl("/owners/" + owner.getId()));
        Pet kaa = owners.ownerPage(owner.getId()).orElseThrow().getPets().stream()
                .filter(p -> p.getName().equals("Kaa")).findFirst().orElseThrow();
        assertThat(kaa.getType().getName()).isEqualTo("snake");

        PetType lizard = owners.petTypes().stream().filter(t -> t.getName().equals("lizard")).findFirst().orElseThrow();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/owners/{o}/pets/{p}/edit", owner.getId(), kaa.getId()).session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kaa")));
        mvc.perform(post("/owners/{o}/pets/{p}/edit", owner.getId(), kaa.getId()).session(session)
                        .param("name", "Kaa II").param("birthDate", "2021-05-04").param("type", lizard.getId().toString()))
                .andExpect(redirectedUrl("/owners/" + owner.getId()));

        Owner stored = owners.ownerPage(owner.getId()).orElseThrow();
        assertThat(stored.pet(kaa.getId()).orElseThrow().getName()).isEqualTo("Kaa II");
        assertThat(stored.pet(kaa.getId()).orElseThrow().getType().getName()).isEqualTo("lizard");
        assertThat(stored.getPets()).hasSize(2).flatExtracting(Pet::getVisits).hasSize(2);
    }

    @Test
    void petsAreOfTheClassTheirTypeNamesAndADogsBreedIsEditedInItsForm() throws Exception {
        Owner owner = storedOwner(uniqueName("Kind"), 3, 1);
        assertThat(owner.getPets()).extracting(pet -> pet.getClass().getSimpleName())
                .containsExactlyInAnyOrder("Pet", "Cat", "Dog");
        Owner loaded = owners.ownerPage(owner.getId()).orElseThrow();
        assertThat(loaded.getPets()).extracting(Pet::getKind).containsExactlyInAnyOrder("pet", "cat", "dog");
        Dog dog = (Dog) loaded.getPets().stream().filter(Dog.class::isInstance).findFirst().orElseThrow();
        PetType dogType = dog.getType();
        PetType catType = owners.petTypes().stream().filter(t -> t.getName().equals("cat")).findFirst().orElseThrow();

        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/owners/{o}/pets/{p}/edit", owner.getId(), dog.getId()).session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"breed\"")));
        mvc.perform(post("/owners/{o}/pets/{p}/edit", owner.getId(), dog.getId()).session(session)
                        .param("name", dog.getName()).param("birthDate", "2020-01-03")
                        .param("type", catType.getId().toString()).param("breed", "whippet"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("pet", "type"))
                .andExpect(content().string(containsString("a dog cannot become a cat")));
        mvc.perform(post("/owners/{o}/pets/{p}/edit", owner.getId(), dog.getId()).session(session)
                        .param("name", dog.getName()).param("birthDate", "2020-01-03")
                        .param("type", dogType.getId().toString()).param("breed", "whippet"))
                .andExpect(redirectedUrl("/owners/" + owner.getId()));

        Pet stored = owners.petForm(owner.getId(), dog.getId()).orElseThrow();
        assertThat(stored).isInstanceOf(Dog.class);
        assertThat(((Dog) stored).getBreed()).isEqualTo("whippet");
    }

    @Test
    void aCatsIndoorFlagIsEditedInItsFormAndShownOnTheOwnerPage() throws Exception {
        Owner owner = storedOwner(uniqueName("Cat"), 3, 0);
        Cat cat = (Cat) owner.getPets().stream().filter(Cat.class::isInstance).findFirst().orElseThrow();
        boolean indoor = Boolean.TRUE.equals(cat.getIndoor());
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/owners/{o}/pets/{p}/edit", owner.getId(), cat.getId()).session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"indoor\"")));
        Counted<Object> post = counting(() -> perform(() -> mvc.perform(
                post("/owners/{o}/pets/{p}/edit", owner.getId(), cat.getId()).session(session)
                        .param("name", cat.getName()).param("birthDate", "2020-01-02")
                        .param("type", cat.getType().getId().toString())
                        .param(indoor ? "_indoor" : "indoor", indoor ? "on" : "true"))
                .andExpect(redirectedUrl("/owners/" + owner.getId()))));

        assertThat(post.statements()).last().asString().startsWith("UPDATE pet SET indoor=");
        Pet stored = owners.petForm(owner.getId(), cat.getId()).orElseThrow();
        assertThat(((Cat) stored).getIndoor()).isEqualTo(!indoor);
        mvc.perform(get("/owners/{id}", owner.getId())).andExpect(content().string(
                containsString("<span class=\"pet-details\">" + (indoor ? "outdoor" : "indoor") + "</span>")));
    }

    @Test
    void aPetFromTheFutureIsRefused() throws Exception {
        Owner owner = storedOwner(uniqueName("Fut"), 1, 0);
        mvc.perform(post("/owners/{id}/pets/new", owner.getId()).param("name", "Tomorrow")
                        .param("birthDate", LocalDate.now().plusDays(3).toString())
                        .param("type", owners.petTypes().get(0).getId().toString()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("pet", "birthDate"));
        assertThat(owners.ownerPage(owner.getId()).orElseThrow().getPets()).hasSize(1);
    }

    @Test
    void aVisitIsAddedToAPet() throws Exception {
        Owner owner = storedOwner(uniqueName("Vis"), 2, 1);
        int petId = owner.getPets().get(1).getId();
        mvc.perform(get("/owners/{o}/pets/{p}/visits/new", owner.getId(), petId)).andExpect(status().isOk());
        mvc.perform(post("/owners/{o}/pets/{p}/visits/new", owner.getId(), petId)
                        .param("visitDate", "2025-02-03").param("description", ""))
                .andExpect(model().attributeHasFieldErrors("visit", "description"));
        mvc.perform(post("/owners/{o}/pets/{p}/visits/new", owner.getId(), petId)
                        .param("visitDate", "2025-02-03").param("description", "limping"))
                .andExpect(redirectedUrl("/owners/" + owner.getId()));
        assertThat(owners.ownerPage(owner.getId()).orElseThrow().pet(petId).orElseThrow().getVisits())
                .extracting(Visit::getDescription).containsExactly("limping");
    }

    @Test
    void anUnknownOwnerIsNotFound() throws Exception {
        mvc.perform(get("/owners/{id}", 987_654)).andExpect(status().isNotFound());
        mvc.perform(get("/owners/{o}/pets/{p}/edit", 987_654, 1)).andExpect(status().isNotFound());
    }

    @Test
    void theVetsPageListsTheirSpecialtiesInThreeStatements() {
        Counted<String> page = counting(() -> perform(() -> mvc.perform(get("/vets")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()));
        assertThat(page.statements()).hasSize(3);
        assertThat(page.result()).contains("Greta Lindqvist", "dentistry, surgery", "none");
    }

    /** A MockMvc call as a Supplier. */
    static <T> T perform(ThrowingSupplier<T> call) {
        try {
            return call.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
