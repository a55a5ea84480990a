package io.alchemy.orm;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Runs javac in the test on small sources, with the test's class path (which holds alchemy-orm and the metamodel
 * processor, discovered through META-INF/services as in a user's build).
 */
final class TestCompiler {
    private TestCompiler() {
    }

    /** The outcome: whether javac succeeded, its messages, and where classes and generated sources went. */
    record Compilation(boolean success, String messages, Path classes, Path generated) {

        String generatedSource(String qualifiedName) {
            Path file = generated.resolve(qualifiedName.replace('.', '/') + ".java");
            try {
                return Files.exists(file) ? Files.readString(file) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A class loader over the compiled classes, delegating to the test's loader. */
        URLClassLoader loader() {
            return loaderOver(classes);
        }
    }

    /**
     * A new directory under the module's {@code target/} (Surefire runs in the module's directory), so the compiled
     * and enhanced classes of these tests go away with {@code mvn clean} instead of piling up in the system's temp
     * directory.
     */
    static Path scratchDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-scratch")), prefix);
    }

    static URLClassLoader loaderOver(Path classes) {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, TestCompiler.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles {@code sources} (qualified class name → source), with extra javac options. */
    static Compilation compile(Map<String, String> sources, String... options) {
        try {
            Path root = scratchDirectory("alchemy-javac-");
            Path src = Files.createDirectories(root.resolve("src"));
            Path classes = Files.createDirectories(root.resolve("classes"));
            Path generated = Files.createDirectories(root.resolve("generated"));
            List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
                    "-classpath", System.getProperty("java.class.path"), "--release", "17"));
            arguments.addAll(List.of(options));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            int status = javac.run(null, messages, messages, arguments.toArray(String[]::new));
            return new Compilation(status == 0, messages.toString(StandardCharsets.UTF_8), classes, generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
