package io.alchemy.testing.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A TCP port on the loopback interface that nothing listens on at the moment it is chosen: within the range the
 * configuration gives ({@code -Dalchemy.test.private-ports=56000-56999}, for a machine whose firewall or other
 * services want the private servers there), otherwise one the operating system picks.
 */
public final class FreePort {
    /** The system property naming the range of ports private servers may use, {@code low-high}. */
    public static final String RANGE_PROPERTY = "alchemy.test.private-ports";

    private FreePort() {
    }

    /** Picks a free port on 127.0.0.1 in the configured range, or chosen by the operating system. */
    public static int pick() {
        return pick(System.getProperty(RANGE_PROPERTY, ""));
    }

    /** Picks a free port on 127.0.0.1 in {@code range} ({@code low-high}), or any when {@code range} is blank. */
    static int pick(String range) {
        if (range.isBlank()) {
            return bind(0);
        }
        String[] bounds = range.trim().split("-");
        int low;
        int high;
        try {
            low = Integer.parseInt(bounds[0].trim());
            high = Integer.parseInt(bounds[bounds.length - 1].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(RANGE_PROPERTY + " must be low-high, e.g. 56000-56999: " + range, e);
        }
        if (bounds.length != 2 || low < 1024 || high > 65535 || low > high) {
            throw new IllegalArgumentException(RANGE_PROPERTY + " must be low-high within 1024-65535: " + range);
        }
        int size = high - low + 1;
        int start = ThreadLocalRandom.current().nextInt(size);
        for (int i = 0; i < size; i++) {
            int port = low + (start + i) % size;
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // in use: try the next one
            }
        }
        throw new IllegalStateException("No free port on the loopback interface in " + RANGE_PROPERTY + "=" + range);
    }

    private static int bind(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }
}
