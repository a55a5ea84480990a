package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.orm.exc.ClassNotEnhancedError;
import io.alchemy.orm.exc.DetachedInstanceError;
import io.alchemy.orm.enhancer.AlchemyEnhancer;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ManagedEntity;
import io.alchemy.orm.mapping.Mapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.dynamic.ClassFileLocator;
import org.junit.jupiter.api.Test;

/**
 * The ByteBuddy enhancer run as the Maven plugin runs it (Plugin.Engine over a class folder) on a class compiled in
 * the test: field accesses in methods, lambdas and on other instances go through the instance state; an
 * unenhanced class fails when mapped; enhancing twice changes nothing.
 */
class EnhancerTest {
    static final String COUNTER = """
            package demo;

            import io.alchemy.orm.Mapped;
            import io.alchemy.orm.MappedColumn;
            import java.util.function.Supplier;

            @Mapped
            public class Counter {
                @MappedColumn(primaryKey = true) Integer id;
                @MappedColumn long hits;
                @MappedColumn double ratio;
                @MappedColumn String label;
                String scratch;
                protected Counter() {}
                public Counter(String label) { this.label = label; this.hits = 1L; }
                public long getHits() { return hits; }
                public void hit() { hits++; }
                public void setRatio(double ratio) { this.ratio = ratio; }
                public String shout() { Supplier<String> s = () -> label.toUpperCase(); return s.get(); }
                public boolean sameLabel(Counter other) { return label.equals(other.label); }
                public void setScratch(String scratch) { this.scratch = scratch; }
            }
            """;

    private static Path compiled() {
        TestCompiler.Compilation result = TestCompiler.compile(Map.of("demo.Counter", COUNTER), "-proc:none");
        assertThat(result.success()).as(result.messages()).isTrue();
        return result.classes();
    }

    private static Plugin.Engine.Summary enhance(Path source, Path target) throws IOException {
        return new Plugin.Engine.Default()
                .with(ClassFileLocator.ForClassLoader.of(EnhancerTest.class.getClassLoader()))
                .apply(source.toFile(), target.toFile(), new Plugin.Factory.Simple(new AlchemyEnhancer()));
    }

    private static Object call(Object target, String method, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(method);
    }

    @Test
    void anUnenhancedMappedClassFailsWhenMappedWithTheBuildFix() throws Exception {
        try (URLClassLoader loader = TestCompiler.loaderOver(compiled())) {
            Class<?> counter = loader.loadClass("demo.Counter");
            assertThat(ManagedEntity.class.isAssignableFrom(counter)).isFalse();
            assertThatThrownBy(() -> Registry.of(counter)).isInstanceOf(ClassNotEnhancedError.class)
                    .hasMessageContaining("Mapped class demo.Counter is not enhanced")
                    .hasMessageContaining("<artifactId>byte-buddy-maven-plugin</artifactId>\n"
                            + "    <version>1.17.8</version>")
                    .hasMessageContaining("<plugin>io.alchemy.orm.enhancer.AlchemyEnhancer</plugin>")
                    .hasMessageFindingMatch("<groupId>io\\.alchemy</groupId>\n"
                            + "      <artifactId>alchemy-orm-enhancer</artifactId>\n"
                            + "      <version>\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?</version>")
                    .hasMessageContaining("transform-test");
        }
    }

    @Test
    void enhancedFieldAccessGoesThroughTheInstanceState() throws Exception {
        Path enhanced = TestCompiler.scratchDirectory("alchemy-enhanced-");
        Plugin.Engine.Summary summary = enhance(compiled(), enhanced);
        assertThat(summary.getTransformed()).extracting(t -> t.getName()).containsExactly("demo.Counter");
        assertThat(summary.getFailed()).isEmpty();

        try (URLClassLoader loader = TestCompiler.loaderOver(enhanced)) {
            Class<?> type = loader.loadClass("demo.Counter");
            Registry registry = Registry.of(type);
            try {
                Object counter = type.getConstructor(String.class).newInstance("ok");
                assertThat(counter).isInstanceOf(ManagedEntity.class);
                assertThat(InstanceState.of(counter)).isNull();
                call(counter, "hit");
                assertThat(call(counter, "getHits")).isEqualTo(2L);

                Mapper<?> mapper = registry.mappers().get(0);
                InstanceState state = InstanceState.obtain(counter, mapper);
                state.identity(List.of(1));
                call(counter, "hit");
                call(counter, "setRatio", 0.5);
                call(counter, "setScratch", "not mapped");
                assertThat(state.modifiedAttributes()).containsExactlyInAnyOrder("hits", "ratio");
                assertThat(state.committedValue("hits")).isEqualTo(2L);
                assertThat(state.committedValue("ratio")).isEqualTo(0.0);
                assertThat(call(counter, "getHits")).isEqualTo(3L);

                state.expire(List.of("label"));
                assertThatThrownBy(() -> call(counter, "shout")).isInstanceOf(DetachedInstanceError.class)
                        .hasMessageContaining("is not bound to a Session; attribute refresh operation cannot proceed");
                Object other = type.getConstructor(String.class).newInstance("ok");
                assertThatThrownBy(() -> call(other, "sameLabel", counter)).isInstanceOf(DetachedInstanceError.class);
                state.loaded(List.of("label"));
                assertThat(call(counter, "shout")).isEqualTo("OK");
                assertThat(call(other, "sameLabel", counter)).isEqualTo(true);
            } finally {
                registry.dispose();
            }
        }
    }

    @Test
    void enhancingTwiceChangesNothing() throws Exception {
        Path once = TestCompiler.scratchDirectory("alchemy-once-");
        Path twice = TestCompiler.scratchDirectory("alchemy-twice-");
        enhance(compiled(), once);
        try (URLClassLoader loader = TestCompiler.loaderOver(once)) {
            Plugin.Engine.Summary summary = new Plugin.Engine.Default()
                    .with(ClassFileLocator.ForClassLoader.of(loader))
                    .apply(once.toFile(), twice.toFile(), new Plugin.Factory.Simple(new AlchemyEnhancer()));
            assertThat(summary.getTransformed()).isEmpty();
        }
        assertThat(Files.readAllBytes(twice.resolve("demo" + File.separator + "Counter.class")))
                .isEqualTo(Files.readAllBytes(once.resolve("demo" + File.separator + "Counter.class")));
    }
}
