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
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;

/**
 * The edit-owner form: its owner is the aggregate the GET loaded (owner, pets, types, visits), kept in the HTTP
 * session until the POST binds the edited fields onto it and saves it detached ({@code Session.merge}).
 */
@Controller
@SessionAttributes("owner")
public class OwnerEditController {
    private static final String FORM = OwnerController.FORM;

    private final OwnerService owners;

    public OwnerEditController(OwnerService owners) {
        this.owners = owners;
    }

    /** Only the owner's own fields come from the form: never its id or its pets. */
    @InitBinder("owner")
    void ownerFields(WebDataBinder binder) {
        binder.setAllowedFields(OwnerController.OWNER_FIELDS);
    }

    @GetMapping("/owners/{ownerId}/edit")
    String edit(@PathVariable int ownerId, Model model) {
        model.addAttribute("owner", owners.ownerPage(ownerId)
                .orElseThrow(() -> new OwnerNotFound("owner " + ownerId)));
        return FORM;
    }

    @PostMapping("/owners/{ownerId}/edit")
    String update(@PathVariable int ownerId, @Valid @ModelAttribute("owner") Owner owner, BindingResult result,
            SessionStatus status) {
        if (!Integer.valueOf(ownerId).equals(owner.getId())) {
            throw new OwnerNotFound("owner " + ownerId + " in this form");
        }
        if (result.hasErrors()) {
            return FORM;
        }
        owners.save(owner);
        status.setComplete();
        return "redirect:/owners/" + ownerId;
    }
}
