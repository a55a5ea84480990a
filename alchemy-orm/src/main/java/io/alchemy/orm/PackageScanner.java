package io.alchemy.orm;

import io.alchemy.exc.ArgumentError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds the {@link Mapped} classes of a package (and its sub-packages) in directories and jars of the class path. */
final class PackageScanner {
    private PackageScanner() {
    }

    static List<Class<?>> mappedClasses(String packageName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = PackageScanner.class.getClassLoader();
        }
        String path = packageName.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(path))) {
                if (url.getProtocol().equals("file")) {
                    names.addAll(fromDirectory(Path.of(url.toURI()), packageName));
                } else if (url.getProtocol().equals("jar")) {
                    names.addAll(fromJar(((JarURLConnection) url.openConnection()).getJarFile(), path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new ArgumentError("Cannot scan package " + packageName + ": " + e.getMessage(), e);
        }
        List<Class<?>> mapped = new ArrayList<>();
        for (String name : names.stream().filter(n -> !n.contains("-")).distinct().sorted().toList()) {
            Class<?> type = load(name, loader);
            if (type.isAnnotationPresent(Mapped.class)) {
                mapped.add(type);
            }
        }
        mapped.sort(Comparator.comparing(Class::getName));
        return mapped;
    }

    private static List<String> fromDirectory(Path root, String packageName) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class")).map(p -> {
                String relative = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
                return packageName + "." + relative.substring(0, relative.length() - ".class".length());
            }).toList();
        }
    }

    private static List<String> fromJar(JarFile jar, String path) {
        List<String> names = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.startsWith(path + "/") && name.endsWith(".class")) {
                names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
            }
        }
        return names;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ArgumentError("Cannot load class " + name + " while scanning for mapped classes: " + e, e);
        }
    }
}
