package io.alchemy.orm.exc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The {@code byte-buddy-maven-plugin} block that enhances mapped classes, as {@link ClassNotEnhancedError} shows it:
 * the plugin's version and the {@code alchemy-orm-enhancer} dependency pinned to the versions this jar was built
 * with (read from {@code enhancer-build.properties}, which the build fills in), so the block works when pasted.
 */
final class EnhancerBuildBlock {
    private static final String VERSIONS = "enhancer-build.properties";

    private EnhancerBuildBlock() {
    }

    /** The block, indented by two spaces, one element per line. */
    static String text() {
        Properties versions = versions();
        return "  <plugin>\n"
                + "    <groupId>net.bytebuddy</groupId>\n"
                + "    <artifactId>byte-buddy-maven-plugin</artifactId>\n"
                + "    <version>" + versions.getProperty("byte-buddy-maven-plugin.version") + "</version>\n"
                + "    <executions><execution><goals><goal>transform</goal></goals></execution></executions>\n"
                + "    <configuration><transformations><transformation>\n"
                + "      <plugin>io.alchemy.orm.enhancer.AlchemyEnhancer</plugin>\n"
                + "    </transformation></transformations></configuration>\n"
                + "    <dependencies><dependency>\n"
                + "      <groupId>io.alchemy</groupId>\n"
                + "      <artifactId>alchemy-orm-enhancer</artifactId>\n"
                + "      <version>" + versions.getProperty("alchemy.version") + "</version>\n"
                + "    </dependency></dependencies>\n"
                + "  </plugin>\n";
    }

    private static Properties versions() {
        Properties versions = new Properties();
        try (InputStream in = EnhancerBuildBlock.class.getResourceAsStream(VERSIONS)) {
            if (in == null) {
                throw new IllegalStateException(VERSIONS + " is missing from the alchemy-orm jar");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }
}
