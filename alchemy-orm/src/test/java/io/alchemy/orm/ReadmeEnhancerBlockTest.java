package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code byte-buddy-maven-plugin} block, copied verbatim into a standalone project (not this reactor)
 * that depends on alchemy-orm only; with its two goals {@code transform} enhances its mapped class under src/main,
 * {@code transform-test} the one under src/test, and that project's own JUnit test maps both. The Alchemy jars are
 * made from this build's class directories into a private local repository, chained to the usual one for everything
 * else, and Maven runs offline.
 */
class ReadmeEnhancerBlockTest {
    private static final Pattern BLOCK = Pattern.compile(
            "```xml\n(<plugin>\n  <groupId>net.bytebuddy</groupId>.*?</plugin>)\n```", Pattern.DOTALL);
    private static final String VERSION = "0.1.0-SNAPSHOT";

    @Test
    void theDocumentedBlockEnhancesMainAndTestClassesOfAStandaloneProject(@TempDir Path dir) throws Exception {
        Path mvn = maven();
        assumeTrue(mvn != null, "no Maven installation found to run the standalone build");
        Path root = Path.of("..").toAbsolutePath().normalize();
        Matcher block = BLOCK.matcher(Files.readString(root.resolve("README.md")));
        assertThat(block.find()).as("the README's enhancer block").isTrue();
        String plugin = block.group(1);
        assertThat(plugin).contains("<goal>transform</goal>", "<goal>transform-test</goal>");

        Path repository = dir.resolve("repository");
        publish(repository, "alchemy-parent", root.resolve("pom.xml"), null);
        for (String module : List.of("alchemy-core", "alchemy-orm", "alchemy-orm-processor", "alchemy-orm-enhancer")) {
            publish(repository, module, root.resolve(module).resolve("pom.xml"), root.resolve(module).resolve("target/classes"));
        }
        Path app = dir.resolve("app");
        write(app.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>demo</groupId>
                  <artifactId>readme-block</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>io.alchemy</groupId>
                      <artifactId>alchemy-orm</artifactId>
                      <version>%s</version>
                    </dependency>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <version>%s</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                %s
                    </plugins>
                  </build>
                </project>
                """.formatted(VERSION, Test.class.getPackage().getImplementationVersion() == null ? "5.13.4"
                : Test.class.getPackage().getImplementationVersion(), plugin));
        write(app.resolve("src/main/java/demo/Customer.java"), """
                package demo;
                import io.alchemy.orm.Mapped;
                import io.alchemy.orm.MappedColumn;
                @Mapped(table = "customer")
                public class Customer { @MappedColumn(primaryKey = true) Integer id; @MappedColumn String name; }
                """);
        write(app.resolve("src/test/java/demo/Visit.java"), """
                package demo;
                import io.alchemy.orm.Mapped;
                import io.alchemy.orm.MappedColumn;
                import io.alchemy.orm.Relationship;
                @Mapped(table = "visit")
                public class Visit {
                    @MappedColumn(primaryKey = true) Integer id;
                    @MappedColumn(foreignKey = "customer.id") Integer customerId;
                    @Relationship Customer customer;
                }
                """);
        write(app.resolve("src/test/java/demo/EnhancedTest.java"), """
                package demo;
                import io.alchemy.orm.Registry;
                import io.alchemy.orm.internal.ManagedEntity;
                import org.junit.jupiter.api.Test;
                class EnhancedTest {
                    @Test
                    void mainAndTestClassesAreEnhanced() {
                        if (!ManagedEntity.class.isAssignableFrom(Customer.class)
                                || !ManagedEntity.class.isAssignableFrom(Visit.class)) {
                            throw new AssertionError("not enhanced");
                        }
                        Registry.of(Customer.class, Visit.class);
                    }
                }
                """);

        Path log = dir.resolve("build.log");
        Process build = new ProcessBuilder(mvn.toString(), "-o", "-B", "-q",
                "-Dmaven.repo.local=" + repository, "-Dmaven.repo.local.tail=" + localRepository(), "test")
                .directory(app.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(build.waitFor(5, TimeUnit.MINUTES)).as("the standalone build finished").isTrue();
        assertThat(build.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(app.resolve("target/surefire-reports/demo.EnhancedTest.txt")))
                .contains("Tests run: 1, Failures: 0, Errors: 0");
    }

    /** Puts {@code module}'s pom and, when given, a jar of {@code classes} into a Maven repository layout. */
    private static void publish(Path repository, String module, Path pom, Path classes) throws IOException {
        Path at = repository.resolve("io/alchemy").resolve(module).resolve(VERSION);
        Files.createDirectories(at);
        Files.copy(pom, at.resolve(module + "-" + VERSION + ".pom"));
        if (classes == null) {
            return;
        }
        try (OutputStream out = Files.newOutputStream(at.resolve(module + "-" + VERSION + ".jar"));
                JarOutputStream jar = new JarOutputStream(out); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The Maven that runs this build ({@code maven.home}), else {@code MAVEN_HOME}, else the wrapper's. */
    private static Path maven() throws IOException {
        for (String home : new String[] {System.getProperty("maven.home"), System.getenv("MAVEN_HOME")}) {
            if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
                return Path.of(home, "bin", "mvn");
            }
        }
        Path dists = Path.of(System.getProperty("user.home"), ".m2", "wrapper", "dists");
        if (!Files.isDirectory(dists)) {
            return null;
        }
        try (Stream<Path> found = Files.walk(dists, 4)) {
            return found.filter(p -> p.endsWith(Path.of("bin", "mvn")) && Files.isExecutable(p)).findFirst().orElse(null);
        }
    }
}
