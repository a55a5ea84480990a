package io.alchemy.spring.boot.autoconfigure.app;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link ShopApplicationTests} on an embedded H2. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:shop", "alchemy.ddl-auto=create-drop",
        ShopApplicationTests.NO_MIGRATIONS })
class ShopApplicationH2Test extends ShopApplicationTests {

    @Override
    String dialect() {
        return "h2";
    }
}
