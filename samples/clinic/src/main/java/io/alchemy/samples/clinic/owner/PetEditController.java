package io.alchemy.samples.clinic.owner;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;

/**
 * The edit-pet form: the pet is part of the owner aggregate the GET loaded, kept in the HTTP session until the POST
 * binds the edited fields onto it and saves the whole aggregate detached ({@code Session.merge} of its owner).
 */
@Controller
@SessionAttributes("pet")
public class PetEditController {
    private static final String FORM = PetController.FORM;

    private final OwnerService owners;

    public PetEditController(OwnerService owners) {
        this.owners = owners;
    }

    /** Only the pet's own fields come from the form: never its id, owner or visits. */
    @InitBinder("pet")
    void petFields(WebDataBinder binder) {
        binder.setAllowedFields(PetController.PET_FIELDS);
    }

    @ModelAttribute("types")
    List<PetType> types() {
        return owners.petTypes();
    }

    @GetMapping("/owners/{ownerId}/pets/{petId}/edit")
    String edit(@PathVariable int ownerId, @PathVariable int petId, Model model) {
        Owner owner = owners.ownerPage(ownerId).orElseThrow(() -> new OwnerNotFound("owner " + ownerId));
        model.addAttribute("ownerName", PetController.ownerName(owner));
        model.addAttribute("pet", owner.pet(petId).orElseThrow(() -> new OwnerNotFound("pet " + petId)));
        return FORM;
    }

    @PostMapping("/owners/{ownerId}/pets/{petId}/edit")
    String update(@PathVariable int ownerId, @PathVariable int petId, @Valid @ModelAttribute("pet") Pet pet,
            BindingResult result, SessionStatus status, Model model) {
        if (pet.getId() == null || pet.getId() != petId || pet.getOwner().getId() != ownerId) {
            throw new OwnerNotFound("pet " + petId + " of owner " + ownerId + " in this form");
        }
        if (result.hasErrors()) {
            model.addAttribute("ownerName", PetController.ownerName(pet.getOwner()));
            return FORM;
        }
        owners.save(pet.getOwner());
        status.setComplete();
        return "redirect:/owners/" + ownerId;
    }
}
