package io.alchemy.samples.clinic;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page. */
@Controller
class WelcomeController {

    @GetMapping("/")
    String welcome() {
        return "welcome";
    }
}
