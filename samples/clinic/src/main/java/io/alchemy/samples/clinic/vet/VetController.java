package io.alchemy.samples.clinic.vet;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The vets, a page at a time, with their specialties. */
@Controller
public class VetController {
    static final int PAGE_SIZE = 5;

    private final VetService vets;

    public VetController(VetService vets) {
        this.vets = vets;
    }

    @GetMapping("/vets")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("vets", vets.page(PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
        return "vets/list";
    }
}
