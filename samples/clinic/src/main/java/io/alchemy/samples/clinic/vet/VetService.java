package io.alchemy.samples.clinic.vet;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.LoaderOptions.selectinload;

import io.alchemy.orm.Session;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vets with their specialties: a page of vets in three statements (count, vets, their specialties). */
@Service
@Transactional
public class VetService {
    private final VetRepository vets;
    private final SpecialtyRepository specialties;
    private final Session session;

    public VetService(VetRepository vets, SpecialtyRepository specialties, Session session) {
        this.vets = vets;
        this.specialties = specialties;
        this.session = session;
    }

    /** One page of the vets by last name, each with its specialties. */
    @Transactional(readOnly = true)
    public Page<Vet> page(Pageable pageable) {
        List<Vet> content = session.scalars(select(Vet.class)
                .options(selectinload(Vet_.specialties))
                .orderBy(Vet_.lastName, Vet_.firstName, Vet_.id)
                .limit(pageable.getPageSize()).offset(Math.toIntExact(pageable.getOffset()))).all();
        return new PageImpl<>(content, pageable, vets.count());
    }

    /** Whether there are vets yet. */
    @Transactional(readOnly = true)
    public boolean any() {
        return vets.count() > 0;
    }

    /**
     * Adds the specialties by name and vets practising the named ones: {@code {"Linda Douglas": ["surgery",
     * "dentistry"]}}.
     */
    public void hire(Map<String, List<String>> staff) {
        Map<String, Specialty> byName = staff.values().stream().flatMap(List::stream).distinct()
                .collect(Collectors.toMap(name -> name, Specialty::new));
        specialties.saveAll(byName.values());
        staff.forEach((fullName, practised) -> {
            String[] names = fullName.split(" ", 2);
            Vet vet = new Vet(names[0], names[1]);
            practised.forEach(name -> vet.getSpecialties().add(byName.get(name)));
            session.add(vet);
        });
        session.flush();
    }
}
