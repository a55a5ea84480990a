package io.alchemy.testing;

import io.alchemy.dialect.Dialect;
import io.alchemy.dialect.Dialects;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The database matrix. System property {@code alchemy.test.databases} chooses the databases: {@code embedded}
 * (the default: h2, sqlite), {@code all} (h2, sqlite, postgresql, mariadb) or a comma-separated list. Every chosen
 * database is required: when one is unreachable its invocations fail, they are never skipped.
 * PostgreSQL and MariaDB use the database named by {@code alchemy.test.db-name} (default {@code test}), reset to
 * empty before each test; their hosts come from {@code alchemy.test.postgresql.host} / {@code alchemy.test.mariadb.host}.
 */
public final class DatabaseMatrix implements TestTemplateInvocationContextProvider {
    static final List<String> ALL = List.of("h2", "sqlite", "postgresql", "mariadb");
    static final List<String> EMBEDDED = List.of("h2", "sqlite");

    /** The databases chosen for this run. */
    public static List<String> selected() {
        String setting = System.getProperty("alchemy.test.databases", "embedded").trim().toLowerCase(Locale.ROOT);
        return switch (setting) {
            case "", "embedded" -> EMBEDDED;
            case "all" -> ALL;
            default -> Arrays.stream(setting.split(",")).map(String::trim).filter(s -> !s.isEmpty()).peek(DatabaseMatrix::checkKnown).toList();
        };
    }

    private static void checkKnown(String name) {
        if (!ALL.contains(name)) {
            throw new IllegalArgumentException("Unknown database '" + name + "' in alchemy.test.databases; known: " + ALL);
        }
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return selected().stream().map(Invocation::new);
    }

    private record Invocation(String database) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + database + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Binding(database), new CapabilityCondition(database));
        }
    }

    /** Disables an invocation whose database lacks a capability the test requires ({@link RequiresCapability}). */
    private record CapabilityCondition(String database) implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<RequiresCapability> required = context.getTestMethod()
                    .flatMap(method -> AnnotationSupport.findAnnotation(method, RequiresCapability.class))
                    .or(() -> context.getTestClass()
                            .flatMap(type -> AnnotationSupport.findAnnotation(type, RequiresCapability.class)));
            if (required.isEmpty()) {
                return ConditionEvaluationResult.enabled("no capability required");
            }
            Dialect dialect = Dialects.byName(database);
            List<Capability> missing = Arrays.stream(required.get().value()).filter(c -> !c.of(dialect)).toList();
            return missing.isEmpty()
                    ? ConditionEvaluationResult.enabled(database + " has " + List.of(required.get().value()))
                    : ConditionEvaluationResult.disabled(database + " lacks " + missing);
        }
    }

    /** Hands the test a fresh {@link TestDatabase} and closes it afterwards. */
    private static final class Binding implements ParameterResolver, AfterEachCallback {
        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Binding.class);
        private final String database;

        Binding(String database) {
            this.database = database;
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getStore(NS).computeIfAbsent("db", k -> TestDatabase.fresh(database), TestDatabase.class);
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            TestDatabase db = context.getStore(NS).remove("db", TestDatabase.class);
            if (db != null) {
                db.close();
            }
        }
    }
}
