package io.alchemy.testing.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortTest {

    @Test
    void withoutARangeTheSystemPicksAFreePort() {
        assertThat(FreePort.pick("")).isBetween(1, 65535);
    }

    @Test
    void aConfiguredRangeIsKeptAndATakenPortSkipped() throws Exception {
        int taken = FreePort.pick("");
        try (ServerSocket busy = new ServerSocket(taken, 1, InetAddress.getLoopbackAddress())) {
            int low = Math.max(1024, taken - 1);
            int high = Math.min(65535, taken + 1);
            for (int i = 0; i < 20; i++) {
                assertThat(FreePort.pick(low + "-" + high)).isBetween(low, high).isNotEqualTo(taken);
            }
            assertThatThrownBy(() -> FreePort.pick(taken + "-" + taken)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(FreePort.RANGE_PROPERTY);
        }
    }

    @Test
    void aMalformedRangeSaysWhatItMustBe() {
        assertThatThrownBy(() -> FreePort.pick("high-low")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("low-high");
        assertThatThrownBy(() -> FreePort.pick("80-90")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1024-65535");
    }
}
