package io.alchemy.demo;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller method taking Spring Data's {@code Pageable}, as Spring Data JPA applications have: the starter brings
 * Spring Data's web support (Boot's {@code DataWebAutoConfiguration}), so {@code ?page=2&size=5&sort=name,desc}
 * arrives as a page request instead of failing with "No primary or single unique constructor found".
 */
@Import(PageableParametersTest.PageEcho.class)
class PageableParametersTest extends ApiTestSupport {

    @RestController
    static class PageEcho {
        @GetMapping("/test/pageable")
        String page(Pageable pageable) {
            return pageable.getPageNumber() + "/" + pageable.getPageSize() + "/" + pageable.getSort();
        }
    }

    @Test
    void pageableControllerParametersAreResolved() {
        client.get().uri("/test/pageable?page=2&size=5&sort=name,desc").exchange()
                .expectStatus().isOk().expectBody(String.class).isEqualTo("2/5/name: DESC");
    }
}
