package io.alchemy.testing.servers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The private servers of this JVM: gives them unique names ({@value #PREFIX}{@code <pid>_<n>}) and removes those
 * still open when the JVM exits. A name carries the JVM's pid, so a later run can tell a server whose JVM died (stale,
 * removed) from one of a JVM still running (left alone).
 */
final class ServerRegistry {
    /** The prefix of every private server's name; only servers with this prefix are ever removed as stale. */
    static final String PREFIX = "alchemy_t_";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Set<PrivateServer> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ServerRegistry::closeAll, "private-servers-cleanup"));
    }

    private ServerRegistry() {
    }

    static String newName() {
        return PREFIX + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    }

    static void opened(PrivateServer server) {
        OPEN.add(server);
    }

    static void closed(PrivateServer server) {
        OPEN.remove(server);
    }

    /** Whether {@code name} is a private server's name whose JVM is no longer running. */
    static boolean isStale(String name) {
        if (!name.startsWith(PREFIX)) {
            return false;
        }
        String rest = name.substring(PREFIX.length());
        int underscore = rest.indexOf('_');
        if (underscore < 0) {
            return false;
        }
        try {
            long pid = Long.parseLong(rest.substring(0, underscore));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void closeAll() {
        for (PrivateServer server : new ArrayList<>(OPEN)) {
            try {
                server.close();
            } catch (RuntimeException e) {
                System.err.println("Could not remove private server " + server.name() + ": " + e);
            }
        }
    }

    static List<PrivateServer> open() {
        return List.copyOf(OPEN);
    }
}
