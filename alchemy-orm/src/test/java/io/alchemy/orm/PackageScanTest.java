package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.model.shop.Product;
import io.alchemy.orm.model.shop.Purchase;
import org.junit.jupiter.api.Test;

/** {@code Registry.scan}: the @Mapped classes of a package, by class name. */
class PackageScanTest {

    @Test
    void findsTheMappedClassesOfAPackage() {
        Registry registry = Registry.scan("io.alchemy.orm.model.shop");
        assertThat(registry.mappers()).<Object>extracting(Mapper::entityClass).containsExactly(Product.class, Purchase.class);
        assertThat(registry.metadata().sortedTables()).extracting(t -> t.name()).containsExactly("product", "purchase");
        assertThat(Registry.scan("io.alchemy.orm.model.shop")).isSameAs(registry);
    }

    @Test
    void aPackageWithoutMappedClassesIsAnError() {
        assertThatThrownBy(() -> Registry.scan("io.alchemy.orm.nothing.here")).isInstanceOf(ArgumentError.class)
                .hasMessage("No @Mapped class found in packages [io.alchemy.orm.nothing.here]");
    }
}
