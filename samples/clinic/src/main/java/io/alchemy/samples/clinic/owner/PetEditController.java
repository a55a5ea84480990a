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
    /** The new-pet form's fields and those of the pet's own class (a dog's breed, whether a cat lives indoors). */
    private static final String[] EDITED_FIELDS = {"name", "birthDate", "type", "breed", "indoor"};

    private final OwnerService owners;

    public PetEditController(OwnerService owners) {
        this.owners = owners;
    }

    /** Only the pet's own fields come from the form: never its id, owner or visits. */
    @InitBinder("pet")
    void petFields(WebDataBinder binder) {
        binder.setAllowedFields(EDITED_FIELDS);
    }

    @ModelAttribute("types")
    List<PetType> types() {
        return owners.petTypes();
    }

    @GetMapping("/owners/{ownerId}/pets/{petId}/edit")
    String edit(@PathVariable int ownerId, @PathVariable int petId, Model model) {
        Pet pet = owners.petForm(ownerId, petId)
                .orElseThrow(() -> new OwnerNotFound("pet " + petId + " of owner " + ownerId));
        model.addAttribute("ownerName", pet.getOwner().fullName());
        model.addAttribute("pet", pet);
        return FORM;
    }

    @PostMapping("/owners/{ownerId}/pets/{petId}/edit")
    String update(@PathVariable int ownerId, @PathVariable int petId, @Valid @ModelAttribute("pet") Pet pet,
            BindingResult result, SessionStatus status, Model model) {
        if (!Integer.valueOf(petId).equals(pet.getId()) || !Integer.valueOf(ownerId).equals(pet.getOwner().getId())) {
            throw new OwnerNotFound("pet " + petId + " of owner " + ownerId + " in this form");
        }
        PetType type = pet.getType();
        if (type != null && !Pet.kindOf(type).equals(pet.kind())) {
            result.rejectValue("type", "kind", "a " + pet.kind() + " cannot become a " + type.getName());
        }
        if (result.hasErrors()) {
            model.addAttribute("ownerName", pet.getOwner().fullName());
            return FORM;
        }
        owners.save(pet.getOwner());
        status.setComplete();
        return "redirect:/owners/" + ownerId;
    }
}
