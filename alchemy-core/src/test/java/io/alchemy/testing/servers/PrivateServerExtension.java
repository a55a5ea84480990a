package io.alchemy.testing.servers;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class one private server: created before its first test, removed after its last one (also when tests
 * fail).
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PrivateServerExtension<PrivatePostgres> PG = PrivateServerExtension.of(PrivatePostgres::create);
 * ... PG.server().jdbcUrl() ...
 * }</pre>
 *
 * @param <S> the kind of server
 */
public final class PrivateServerExtension<S extends PrivateServer> implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<S> factory;
    private S server;

    private PrivateServerExtension(Supplier<S> factory) {
        this.factory = factory;
    }

    /** An extension whose server {@code factory} creates, e.g. {@code PrivatePostgres::create}. */
    public static <S extends PrivateServer> PrivateServerExtension<S> of(Supplier<S> factory) {
        return new PrivateServerExtension<>(factory);
    }

    /** The server; fails outside the test class's lifetime. */
    public S server() {
        if (server == null) {
            throw new IllegalStateException("The private server exists only while the test class runs");
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = factory.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            try {
                server.close();
            } finally {
                server = null;
            }
        }
    }
}
