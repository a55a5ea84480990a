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

/** The new-pet form of an owner: the pet is added to the stored owner. */
@Controller
public class PetController {
    static final String FORM = "pets/form";
    static final String[] PET_FIELDS = {"name", "birthDate", "type"};

    private final OwnerService owners;

    public PetController(OwnerService owners) {
        this.owners = owners;
    }

    /** Only the pet's own fields come from the form: never its id, owner or visits. */
    @InitBinder("pet")
    void petFields(WebDataBinder binder) {
        binder.setAllowedFields(PET_FIELDS);
    }

    @ModelAttribute("types")
    List<PetType> types() {
        return owners.petTypes();
    }

    @GetMapping("/owners/{ownerId}/pets/new")
    String newPet(@PathVariable int ownerId, Model model) {
        model.addAttribute("ownerName", ownerName(ownerId));
        model.addAttribute("pet", new Pet());
        return FORM;
    }

    @PostMapping("/owners/{ownerId}/pets/new")
    String create(@PathVariable int ownerId, @Valid @ModelAttribute("pet") Pet pet, BindingResult result,
            Model model) {
        if (result.hasErrors()) {
            model.addAttribute("ownerName", ownerName(ownerId));
            return FORM;
        }
        owners.addPet(ownerId, pet);
        return "redirect:/owners/" + ownerId;
    }

    private String ownerName(int ownerId) {
        return owners.ownerPage(ownerId).orElseThrow(() -> new OwnerNotFound("owner " + ownerId)).fullName();
    }
}
