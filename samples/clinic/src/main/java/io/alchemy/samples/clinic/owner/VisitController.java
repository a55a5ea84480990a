package io.alchemy.samples.clinic.owner;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The new-visit form of a pet, which lists the pet's earlier visits. */
@Controller
public class VisitController {
    private static final String FORM = "pets/visit";

    private final OwnerService owners;

    public VisitController(OwnerService owners) {
        this.owners = owners;
    }

    @InitBinder("visit")
    void visitFields(WebDataBinder binder) {
        binder.setAllowedFields("visitDate", "description");
    }

    @GetMapping("/owners/{ownerId}/pets/{petId}/visits/new")
    String newVisit(@PathVariable int ownerId, @PathVariable int petId, Model model) {
        model.addAttribute("pet", pet(ownerId, petId));
        model.addAttribute("visit", new Visit());
        return FORM;
    }

    @PostMapping("/owners/{ownerId}/pets/{petId}/visits/new")
    String create(@PathVariable int ownerId, @PathVariable int petId, @Valid @ModelAttribute("visit") Visit visit,
            BindingResult result, Model model) {
        if (result.hasErrors()) {
            model.addAttribute("pet", pet(ownerId, petId));
            return FORM;
        }
        owners.addVisit(ownerId, petId, visit);
        return "redirect:/owners/" + ownerId;
    }

    private Pet pet(int ownerId, int petId) {
        return owners.ownerPage(ownerId).flatMap(owner -> owner.pet(petId))
                .orElseThrow(() -> new OwnerNotFound("pet " + petId + " of owner " + ownerId));
    }
}
