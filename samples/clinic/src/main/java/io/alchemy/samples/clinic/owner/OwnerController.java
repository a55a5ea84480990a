package io.alchemy.samples.clinic.owner;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The owner pages: search by last name (paged), the owner page, and the new-owner form. */
@Controller
public class OwnerController {
    static final int PAGE_SIZE = 5;
    static final String FORM = "owners/form";

    private final OwnerService owners;

    public OwnerController(OwnerService owners) {
        this.owners = owners;
    }

    /** Only the owner's own fields come from the form: never its id or its pets. */
    @InitBinder("owner")
    void ownerFields(WebDataBinder binder) {
        binder.setAllowedFields(OWNER_FIELDS);
    }

    static final String[] OWNER_FIELDS = {"firstName", "lastName", "address", "city", "telephone"};

    @GetMapping("/owners/new")
    String newOwner(Model model) {
        model.addAttribute("owner", new Owner());
        return FORM;
    }

    @PostMapping("/owners/new")
    String create(@Valid @ModelAttribute("owner") Owner owner, BindingResult result) {
        if (result.hasErrors()) {
            return FORM;
        }
        Owner saved = owners.save(owner);
        return "redirect:/owners/" + saved.getId();
    }

    @GetMapping("/owners/find")
    String find() {
        return "owners/find";
    }

    /** The owners whose last name starts with {@code lastName}: the owner page for one, the find form for none. */
    @GetMapping("/owners")
    String list(@RequestParam(defaultValue = "") String lastName, @RequestParam(defaultValue = "1") int page,
            Model model) {
        Page<Owner> found = owners.findByLastName(lastName.strip(), Math.max(page, 1) - 1, PAGE_SIZE);
        if (found.getTotalElements() == 0) {
            model.addAttribute("lastName", lastName);
            model.addAttribute("notFound", true);
            return "owners/find";
        }
        if (found.getTotalElements() == 1) {
            return "redirect:/owners/" + found.getContent().get(0).getId();
        }
        model.addAttribute("lastName", lastName);
        model.addAttribute("owners", found);
        return "owners/list";
    }

    @GetMapping("/owners/{ownerId}")
    String show(@PathVariable int ownerId, Model model) {
        model.addAttribute("shown", owners.ownerPage(ownerId)
                .orElseThrow(() -> new OwnerNotFound("owner " + ownerId)));
        return "owners/show";
    }
}
