package io.alchemy.samples.clinic;

import io.alchemy.samples.clinic.owner.OwnerService;
import io.alchemy.samples.clinic.vet.VetService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up, on an empty database: the pet types and the clinic's vets with their specialties. */
@Component
class ClinicData implements ApplicationRunner {
    static final List<String> PET_TYPES = List.of("bird", "cat", "dog", "hamster", "lizard", "snake");

    private final OwnerService owners;
    private final VetService vets;

    ClinicData(OwnerService owners, VetService vets) {
        this.owners = owners;
        this.vets = vets;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!owners.anyPetTypes()) {
            owners.addPetTypes(PET_TYPES);
        }
        if (!vets.any()) {
            Map<String, List<String>> staff = new LinkedHashMap<>();
            staff.put("Ada Whitlock", List.of());
            staff.put("Ravi Menon", List.of("radiology"));
            staff.put("Greta Lindqvist", List.of("surgery", "dentistry"));
            staff.put("Tomas Okafor", List.of("surgery"));
            staff.put("Mei Tanaka", List.of("radiology", "cardiology"));
            staff.put("Jonas Brandt", List.of());
            vets.hire(staff);
        }
    }
}
