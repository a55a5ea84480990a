package io.alchemy.demo.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /reports}: read-only reports written in Core. */
@RestController
@RequestMapping("/reports")
class ReportController {
    private final UserReports reports;

    ReportController(UserReports reports) {
        this.reports = reports;
    }

    /** {@code /reports/address-ranking?top=10}: users ranked by their number of addresses. */
    @GetMapping("/address-ranking")
    List<AddressRanking> addressRanking(@RequestParam(defaultValue = "10") @Min(1) @Max(1000) int top) {
        return reports.addressRanking(top);
    }
}
