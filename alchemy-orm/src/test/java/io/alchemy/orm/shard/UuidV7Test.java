package io.alchemy.orm.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UUIDv7 (RFC 9562): version and variant bits, the time in the first 48 bits, increasing within a JVM. */
class UuidV7Test {

    @Test
    void valuesAreVersion7IncreasingAndUnique() {
        long before = System.currentTimeMillis();
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            made.add(new UuidV7().get());
        }
        long after = System.currentTimeMillis();
        assertThat(new HashSet<>(made)).hasSize(made.size());
        for (int i = 1; i < made.size(); i++) {
            // lower-case hex of fixed width: string order is the unsigned byte order databases use
            assertThat(made.get(i).toString()).isGreaterThan(made.get(i - 1).toString());
        }
        assertThat(made).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        assertThat(UuidV7.timestamp(made.get(0))).isBetween(before, after + 10);
    }

    @Test
    void theTimestampOfAnotherVersionIsRefused() {
        assertThatThrownBy(() -> UuidV7.timestamp(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a version 7 UUID: ");
    }
}
